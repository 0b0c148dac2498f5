package studiobot.chat;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Turns a typed value into the argument words a button or an awaited answer carries, and back. The
 * router decodes before any handler runs: words that do not decode (malformed, cut, from an older
 * version) are refused there, so no feature ever parses words or catches a parse exception.
 * {@link #decode} may throw on bad words; the router treats any exception as "does not decode".
 */
public interface ArgCodec<A> {
    List<String> encode(A value);

    /** The value, or empty when the words are not one this codec made. */
    Optional<A> decode(List<String> words);

    /** The value of an action or answer that carries no argument. */
    enum Nothing { NOTHING }

    /** No argument. */
    ArgCodec<Nothing> NONE = new ArgCodec<>() {
        @Override
        public List<String> encode(Nothing value) {
            return List.of();
        }

        @Override
        public Optional<Nothing> decode(List<String> words) {
            return words.isEmpty() ? Optional.of(Nothing.NOTHING) : Optional.empty();
        }
    };

    /** A number (an id), in decimal. */
    ArgCodec<Long> LONG = word(v -> Long.toString(v), Long::valueOf, w -> w.matches("-?[0-9]{1,19}"));

    /** An id of the config or the bundles: lower-case letters, digits, '-', '_' and '.'. */
    ArgCodec<String> ID = word(v -> v, w -> w, w -> w.matches("[A-Za-z0-9_./+-]{1,40}"));

    /** One word, checked by {@code valid}, made by {@code write} and read by {@code read}. */
    static <A> ArgCodec<A> word(Function<A, String> write, Function<String, A> read, Predicate<String> valid) {
        return new ArgCodec<>() {
            @Override
            public List<String> encode(A value) {
                return List.of(write.apply(value));
            }

            @Override
            public Optional<A> decode(List<String> words) {
                return words.size() == 1 && valid.test(words.get(0)) ? Optional.ofNullable(read.apply(words.get(0))) : Optional.empty();
            }
        };
    }

    /**
     * A codec from two functions; {@code read} may throw on words it cannot read (the router takes
     * that as "does not decode").
     */
    static <A> ArgCodec<A> of(Function<A, List<String>> write, Function<List<String>, A> read) {
        return new ArgCodec<>() {
            @Override
            public List<String> encode(A value) {
                return write.apply(value);
            }

            @Override
            public Optional<A> decode(List<String> words) {
                return Optional.ofNullable(read.apply(words));
            }
        };
    }

    /** The one word of a word codec, read; throws when the words are not one it made. */
    default A read(String word) {
        return decode(List.of(word)).orElseThrow(() -> new IllegalArgumentException("not a word of this codec: " + word));
    }

    /** Either nothing, or one value of {@code inner}: a command or button that works with or without it. */
    static <A> ArgCodec<Optional<A>> optional(ArgCodec<A> inner) {
        return new ArgCodec<>() {
            @Override
            public List<String> encode(Optional<A> value) {
                return value.map(inner::encode).orElse(List.of());
            }

            @Override
            public Optional<Optional<A>> decode(List<String> words) {
                return words.isEmpty() ? Optional.of(Optional.empty()) : inner.decode(words).map(Optional::of);
            }
        };
    }

    /** A value made of two parts, each with its own codec of fixed word count. */
    static <A, P, Q> ArgCodec<A> pair(ArgCodec<P> first, int firstWords, ArgCodec<Q> second,
                                      Function<A, P> getFirst, Function<A, Q> getSecond, java.util.function.BiFunction<P, Q, A> make) {
        return new ArgCodec<>() {
            @Override
            public List<String> encode(A value) {
                List<String> words = new java.util.ArrayList<>(first.encode(getFirst.apply(value)));
                words.addAll(second.encode(getSecond.apply(value)));
                return words;
            }

            @Override
            public Optional<A> decode(List<String> words) {
                if (words.size() < firstWords) {
                    return Optional.empty();
                }
                Optional<P> p = first.decode(words.subList(0, firstWords));
                Optional<Q> q = second.decode(words.subList(firstWords, words.size()));
                return p.isPresent() && q.isPresent() ? Optional.of(make.apply(p.get(), q.get())) : Optional.empty();
            }
        };
    }
}
