package studiobot.inquiry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studiobot.i18n.TextFolding;

/**
 * The words of each studio language that carry no topic: pronouns, articles, prepositions,
 * auxiliaries, greetings, and the question words that do not tell a topic apart ("what", "how";
 * "when" and "where" do, so they stay). With ten FAQ entries, inverse document frequency alone
 * cannot tell: "my" occurs in two entries' questions and in none of the bot's own texts, so it
 * would weigh like "deposit". Kept in folded form; a language not listed simply has none.
 */
final class FunctionWords {
    private static final Map<String, List<String>> WORDS = Map.of(
            "en", List.of("i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "it", "its", "they", "them",
                    "their", "he", "she", "him", "her", "is", "am", "are", "was", "were", "be", "been", "being", "do", "does",
                    "did", "can", "could", "would", "should", "will", "shall", "may", "might", "must", "have", "has", "had",
                    "a", "an", "the", "this", "that", "these", "those", "to", "of", "in", "on", "at", "for", "with", "from",
                    "by", "about", "as", "and", "or", "but", "if", "so", "too", "also", "just", "any", "some", "there", "here",
                    "please", "hi", "hello", "hey", "thanks", "thank", "s", "t", "d", "ll", "m", "re", "ve", "what", "whats",
                    "which", "who", "how", "not", "no", "yes", "ok", "okay"),
            "el", List.of("εγώ", "μου", "μας", "σας", "σου", "του", "της", "των", "τους", "τις", "τα", "το", "τη", "την", "τον",
                    "η", "ο", "οι", "ένα", "ένας", "μια", "μία", "μιας", "ενός", "και", "κι", "να", "θα", "με", "σε", "στο",
                    "στη", "στην", "στον", "στα", "στις", "στους", "για", "από", "είναι", "είμαι", "είστε", "έχω", "έχετε",
                    "έχουμε", "τι", "πώς", "ποιο", "ποια", "ποιες", "ποιος", "αν", "αλλά", "που", "δεν", "μπορώ", "μπορείτε",
                    "μπορούμε", "γεια", "ευχαριστώ", "παρακαλώ", "καλησπέρα", "καλημέρα", "εσείς", "εμείς", "ή", "ότι", "κάνω", "κάνει", "κάνετε", "κάνουμε"),
            "ms", List.of("saya", "aku", "anda", "awak", "kamu", "kami", "kita", "dia", "mereka", "ini", "itu", "yang", "ke",
                    "dari", "dan", "atau", "untuk", "dengan", "pada", "dalam", "ada", "adakah", "apa", "apakah", "boleh", "nak",
                    "mahu", "hendak", "tak", "tidak", "je", "ja", "ni", "tu", "lah", "kah", "pun", "dah", "sudah", "akan",
                    "macam", "bagaimana", "bagaimanakah", "buat", "kena", "perlu", "perlukah", "guna", "hai", "helo", "kasih", "tolong",
                    "encik", "cik", "puan", "tuan", "ye", "ya", "k", "ok", "kalau", "jika"),
            "zh", List.of("的", "了", "吗", "呢", "吧", "啊", "呀", "我", "我们", "你", "你们", "您", "他", "她", "它", "是", "和",
                    "与", "也", "都", "就", "还", "请", "请问", "一下", "这", "那", "这个", "那个", "个", "些", "么", "怎么",
                    "怎么样", "什么", "可以", "能", "会", "要", "想", "您好", "你好", "谢谢"),
            "ru", List.of("я", "мы", "вы", "ты", "он", "она", "они", "мне", "меня", "нам", "нас", "вам", "вас", "у", "в", "во",
                    "на", "с", "со", "к", "ко", "по", "за", "из", "о", "об", "от", "до", "для", "и", "а", "но", "или", "ли",
                    "же", "бы", "не", "что", "как", "какой", "какие", "какая", "какое", "это", "этот", "эта", "есть", "мой",
                    "моя", "мои", "моё", "ваш", "ваша", "ваши", "наш", "наша", "наши", "свой", "свои", "можно", "могу",
                    "можете", "будет", "будут", "быть", "хочу", "хотим", "хотел", "хотела", "нужно", "нужна", "нужен",
                    "здравствуйте", "привет", "спасибо", "пожалуйста", "подскажите", "скажите", "добрый", "там"),
            "es", List.of("yo", "me", "mi", "mis", "tu", "tus", "su", "sus", "nos", "nosotros", "nuestro", "nuestra", "nuestros",
                    "nuestras", "usted", "ustedes", "el", "la", "los", "las", "lo", "le", "les", "un", "una", "unos", "unas",
                    "de", "del", "a", "al", "en", "con", "por", "para", "que", "y", "o", "u", "e", "pero", "si", "se", "es",
                    "son", "está", "están", "este", "esta", "esto", "esa", "ese", "hay", "ser", "cómo", "cuál", "cual",
                    "puedo", "puede", "pueden", "podemos", "quiero", "queremos", "tengo", "tienen", "tiene", "hola",
                    "gracias", "favor", "muy", "también", "hacer", "hago", "hace", "hacen", "hacemos"),
            "de", List.of("ich", "mich", "mir", "mein", "meine", "meinen", "meinem", "meiner", "wir", "uns", "unser", "unsere",
                    "sie", "ihr", "ihre", "ihnen", "ihren", "ihrem", "du", "dich", "dir", "dein", "deine", "er", "es", "der",
                    "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber", "zu",
                    "zum", "zur", "im", "in", "am", "an", "auf", "mit", "von", "vom", "für", "bei", "aus", "ist", "sind",
                    "bin", "war", "sein", "wird", "werden", "haben", "habe", "hat", "habt", "kann", "können", "könnt", "muss",
                    "müssen", "soll", "sollen", "möchte", "möchten", "würde", "was", "wie", "welche", "welcher", "welches",
                    "auch", "noch", "schon", "denn", "mal", "bitte", "danke", "hallo", "gibt", "man", "nicht", "kein",
                    "keine", "so", "da", "dass", "ob", "hi", "machen", "mache", "macht"),
            "ar", List.of("في", "من", "على", "إلى", "عن", "مع", "هل", "ما", "ماذا", "لماذا", "كيف", "أنا", "نحن", "أنت", "أنتم",
                    "هو", "هي", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "و", "أو", "ثم", "لكن", "أن", "إن", "عندكم",
                    "لديكم", "عندي", "يمكن", "يمكنني", "يمكنكم", "أريد", "نريد", "ممكن", "مرحبا", "شكرا", "السلام", "عليكم",
                    "لو", "فضلك", "يجب", "هناك", "كان"));

    /** Two words that together are a function word, the second dropped after the first: "macam mana" is "how", "mana" alone "where". */
    private static final Map<String, Set<String>> PHRASES = Map.of("ms", Set.of("macam mana"));

    /** Characters that make a two-character Han window meaningless ("们卖", "机吗"). */
    private static final String HAN_PARTICLES = "的了吗呢吧啊呀我你您们他她它是和与也都就还请这那个些么";

    private static final Map<String, Set<String>> FOLDED = new HashMap<>();

    static {
        WORDS.forEach((language, words) -> {
            Set<String> folded = new HashSet<>();
            words.forEach(w -> folded.add(TextFolding.fold(w)));
            FOLDED.put(language, Set.copyOf(folded));
        });
    }

    private FunctionWords() {}

    /** Whether a word (not a fragment) of {@link TextFolding#terms} carries no topic in the language, or in English. */
    static boolean isFunctionWord(String term, String languageTag) {
        if (term.codePointCount(0, term.length()) == 2 && isHanPair(term)) {
            return HAN_PARTICLES.indexOf(term.charAt(0)) >= 0 || HAN_PARTICLES.indexOf(term.charAt(term.length() - 1)) >= 0
                    || FOLDED.get("zh").contains(term);
        }
        return FOLDED.getOrDefault(languageTag, Set.of()).contains(term) || FOLDED.get("en").contains(term);
    }

    /** Whether a word following another is, with it, a function phrase of the language. */
    static boolean endsFunctionPhrase(String previous, String term, String languageTag) {
        Set<String> phrases = PHRASES.get(languageTag);
        return phrases != null && previous != null && phrases.contains(previous + " " + term);
    }

    private static boolean isHanPair(String term) {
        return Character.UnicodeScript.of(term.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
