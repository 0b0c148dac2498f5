package studiobot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import studiobot.chat.Callbacks;
import studiobot.chat.ChatGateway;
import studiobot.chat.ChatId;
import studiobot.chat.Conversations;
import studiobot.chat.MessageKind;
import studiobot.chat.Msg;
import studiobot.chat.Outbound;
import studiobot.chat.Reply;
import studiobot.chat.SendResult;
import studiobot.i18n.Bundles;
import studiobot.i18n.Messages;
import studiobot.testing.DirectTransactions;
import studiobot.testing.InMemoryConversations;
import studiobot.testing.InMemoryOutbox;
import studiobot.testing.OutboxHeads;
import studiobot.testing.TestClock;

class OutboxSendingTest {
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");
    private static final ChatId ALICE = new ChatId(101);
    private static final ChatId BOB = new ChatId(202);

    private final TestClock clock = new TestClock(T0);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final InMemoryConversations conversations = new InMemoryConversations();
    private final Rendering rendering = new Rendering(MESSAGES, new Callbacks(new byte[32]),
            chat -> new Posting.Recipient("en", ZoneId.of("Europe/Athens"), true));
    private ScriptedGateway gateway = new ScriptedGateway();

    private static final Messages MESSAGES = new Messages(Bundles.load(Path.of("messages")));

    private OutboxSending sending(RateLimits limits) {
        return new OutboxSending(new DirectTransactions(), outbox, conversations, rendering, gateway, limits, clock);
    }

    private void enqueue(ChatId chat, String html) {
        outbox.enqueue(text(chat, html), clock.instant(), clock.instant());
    }

    private static Reply text(ChatId chat, String html) {
        return Reply.now(chat, MessageKind.ANSWER, Msg.verbatim(html));
    }

    private void at(Duration sinceStart) {
        clock.set(T0.plus(sinceStart));
    }

    /** Answers each send from a per-chat script (a result or an exception), then Delivered; records every call. */
    static final class ScriptedGateway implements ChatGateway {
        private final Map<ChatId, Deque<Object>> scripts = new HashMap<>();
        final List<Outbound> calls = new ArrayList<>();
        private long nextMessageId = 1000;

        ScriptedGateway answer(ChatId chat, Object... resultsOrExceptions) {
            Deque<Object> script = scripts.computeIfAbsent(chat, c -> new ArrayDeque<>());
            for (Object step : resultsOrExceptions) {
                script.add(step);
            }
            return this;
        }

        @Override
        public SendResult send(Outbound message) {
            calls.add(message);
            Object step = scripts.getOrDefault(message.chat(), new ArrayDeque<>()).poll();
            if (step instanceof RuntimeException e) {
                throw e;
            }
            return step == null ? new SendResult.Delivered(nextMessageId++) : (SendResult) step;
        }

        List<String> texts() {
            return calls.stream().map(Outbound::html).toList();
        }
    }

    @Test
    void aDeliveredMessageIsSentOnceAndNeverAgain() {
        OutboxSending sending = sending(RateLimits.none());
        enqueue(ALICE, "hello");

        sending.pump();
        sending.pump();
        at(Duration.ofMinutes(10));
        sending.pump();
        sending.drain(Duration.ofSeconds(5));

        assertThat(gateway.calls).containsExactly(new Outbound(ALICE, "hello", List.of(), null));
        assertThat(outbox.pendingCount()).isZero();
        assertThat(sending.pump()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void eachChatGetsOneMessagePerRoundInStoredOrder() {
        OutboxSending sending = sending(RateLimits.none());
        enqueue(ALICE, "a1");
        enqueue(ALICE, "a2");
        enqueue(BOB, "b1");

        assertThat(sending.pump()).isZero();
        assertThat(gateway.texts()).containsExactly("a1", "b1");

        sending.pump();
        assertThat(gateway.texts()).containsExactly("a1", "b1", "a2");
    }

    @Test
    void drainSendsEverythingDueNow() {
        OutboxSending sending = sending(RateLimits.none());
        enqueue(ALICE, "a1");
        enqueue(BOB, "b1");
        enqueue(ALICE, "a2");
        enqueue(ALICE, "a3");

        sending.drain(Duration.ofSeconds(5));

        assertThat(gateway.texts()).containsExactly("a1", "b1", "a2", "a3");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void retryAfterHoldsThatChatForTheWaitAskedWhileOtherChatsGoOn() {
        OutboxSending sending = sending(RateLimits.none());
        gateway.answer(ALICE, new SendResult.RetryAfter(Duration.ofSeconds(3)));
        enqueue(ALICE, "a1");
        enqueue(ALICE, "a2");
        enqueue(BOB, "b1");
        enqueue(BOB, "b2");

        sending.pump();
        sending.pump();
        assertThat(gateway.texts()).containsExactly("a1", "b1", "b2");

        at(Duration.ofSeconds(2));
        sending.pump();
        at(Duration.ofSeconds(3).minusNanos(1));
        sending.pump();
        assertThat(gateway.texts()).containsExactly("a1", "b1", "b2");

        at(Duration.ofSeconds(3));
        sending.pump();
        sending.pump();
        assertThat(gateway.texts()).containsExactly("a1", "b1", "b2", "a1", "a2");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void backoffDoublesFromOneSecondUpToFiveMinutes() {
        assertThat(OutboxSending.backoff(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(OutboxSending.backoff(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(OutboxSending.backoff(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(OutboxSending.backoff(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(OutboxSending.backoff(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutboxSending.backoff(64)).isEqualTo(Duration.ofMinutes(5));
        assertThat(OutboxSending.backoff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void transientFailuresAreRetriedAfterOneTwoAndFourSeconds() {
        OutboxSending sending = sending(RateLimits.none());
        gateway.answer(ALICE, new SendResult.Transient("502"), new SendResult.Transient("503"), new SendResult.Transient("timeout"));
        enqueue(ALICE, "a1");
        List<Duration> sendMoments = new ArrayList<>();

        for (long ms = 0; ms <= 10_000; ms += 250) {
            at(Duration.ofMillis(ms));
            int before = gateway.calls.size();
            sending.pump();
            if (gateway.calls.size() > before) {
                sendMoments.add(Duration.ofMillis(ms));
            }
        }

        assertThat(sendMoments).containsExactly(
                Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(7));
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void whenTheApiAnswersAgainAMessageOnALongBackoffGoesAtOnce_butAFloodWaitIsKept() {
        OutboxSending sending = sending(RateLimits.none());
        ChatId carol = new ChatId(303);
        gateway.answer(ALICE, java.util.stream.IntStream.range(0, 8).mapToObj(i -> SendResult.Transient.network("connection refused")).toArray());
        enqueue(ALICE, "a1");
        for (int s = 0; s <= 127; s++) {
            at(Duration.ofSeconds(s));
            sending.pump();
        }
        assertThat(gateway.calls).as("eight failures: the next try would be at 255 s").hasSize(8);
        gateway.answer(BOB, new SendResult.RetryAfter(Duration.ofMinutes(10)));
        enqueue(BOB, "b1");
        sending.pump();

        at(Duration.ofSeconds(130));
        enqueue(carol, "c1");
        sending.pump();
        sending.pump();

        assertThat(gateway.texts()).as("c1 got through, and a1 went right behind it").endsWith("b1", "c1", "a1");
        at(Duration.ofSeconds(140));
        sending.pump();
        assertThat(gateway.texts()).as("the flood wait Telegram asked for still holds b1").endsWith("c1", "a1");
    }

    @Test
    void sendsOfDifferentChatsAreInFlightTogether_oneAtATimeWithinAChat() throws Exception {
        int chats = 4;
        java.util.concurrent.CyclicBarrier allInFlight = new java.util.concurrent.CyclicBarrier(chats);
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        ChatGateway together = message -> {
            order.add(message.html());
            try {
                // every chat's head waits here until all of them are in flight at once
                allInFlight.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                return new SendResult.Transient("not in flight together: " + e);
            }
            return new SendResult.Delivered(1);
        };
        OutboxSending sending = new OutboxSending(new DirectTransactions(), outbox, conversations, rendering, together,
                RateLimits.none(), clock, chats);
        for (int c = 0; c < chats; c++) {
            enqueue(new ChatId(500 + c), "first " + c);
            enqueue(new ChatId(500 + c), "second " + c);
        }

        sending.pump();
        assertThat(order).as("the first round: each chat's head, all four together").hasSize(4).allMatch(t -> t.startsWith("first"));
        sending.pump();
        sending.close();

        assertThat(order.subList(4, 8)).allMatch(t -> t.startsWith("second"));
        assertThat(outbox.pendingCount()).as("every send came back delivered: none waited alone").isZero();
    }

    @Test
    void aSendIsMarkedDeliveredAsSoonAsItIsDone_notWhenTheRoundsSlowestIs() throws Exception {
        ChatId slow = new ChatId(601);
        ChatId quick = new ChatId(602);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ChatGateway gateway = message -> {
            if (message.chat().equals(slow)) {
                try {
                    release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new SendResult.Delivered(1);
        };
        OutboxSending sending = new OutboxSending(new DirectTransactions(), outbox, conversations, rendering, gateway,
                RateLimits.none(), clock, 2);
        enqueue(slow, "slow");
        enqueue(quick, "quick");
        Thread pumping = new Thread(sending::pump);
        pumping.start();

        // while the slow send is still in flight, the quick one is already marked: a crash now could not send it twice
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        while (outbox.pendingCount() != 1 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(outbox.pendingCount()).as("the quick one marked while the slow one is out").isEqualTo(1);
        release.countDown();
        pumping.join(5_000);
        sending.close();
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void aRetryingHeadTellsThePumpHowLongToWait() {
        OutboxSending sending = sending(RateLimits.none());
        gateway.answer(ALICE, new SendResult.Transient("502"));
        enqueue(ALICE, "a1");
        sending.pump();

        at(Duration.ofMillis(400));
        assertThat(sending.pump()).isEqualTo(Duration.ofMillis(600));
        at(Duration.ofSeconds(1).minusNanos(1));
        sending.pump();
        assertThat(gateway.calls).hasSize(1);

        at(Duration.ofSeconds(1));
        sending.pump();
        assertThat(gateway.calls).hasSize(2);
    }

    @Test
    void pumpWaitsUntilAHeldMessageIsDueButAtMostASecond() {
        OutboxSending sending = sending(RateLimits.none());
        outbox.enqueue(text(ALICE, "good morning"), T0.plus(Duration.ofHours(1)), T0);

        assertThat(sending.pump()).isEqualTo(Duration.ofSeconds(1));
        at(Duration.ofHours(1).minusMillis(300));
        assertThat(sending.pump()).isEqualTo(Duration.ofMillis(300));
        assertThat(gateway.calls).isEmpty();

        at(Duration.ofHours(1));
        assertThat(sending.pump()).isZero();
        assertThat(gateway.texts()).containsExactly("good morning");
    }

    @Test
    void aRejectedMessageIsNotRetriedAndTheNextOneOfTheChatGoes() {
        OutboxSending sending = sending(RateLimits.none());
        gateway.answer(ALICE, new SendResult.Rejected("403 Forbidden: bot was blocked by the user"));
        enqueue(ALICE, "refused");
        enqueue(ALICE, "next");

        sending.pump();
        sending.pump();
        at(Duration.ofHours(1));
        sending.pump();

        assertThat(gateway.texts()).containsExactly("refused", "next");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void orderWithinAChatIsKeptAcrossARetry() {
        OutboxSending sending = sending(RateLimits.none());
        gateway.answer(ALICE, new SendResult.Transient("502"));
        enqueue(ALICE, "m1");
        enqueue(ALICE, "m2");

        sending.pump();
        sending.pump();
        at(Duration.ofMillis(500));
        sending.pump();
        assertThat(gateway.texts()).containsExactly("m1");

        at(Duration.ofSeconds(1));
        sending.pump();
        sending.pump();
        assertThat(gateway.texts()).containsExactly("m1", "m1", "m2");
    }

    @Test
    void aGatewayThatThrowsCountsAsATransientFailure() {
        OutboxSending sending = sending(RateLimits.none());
        gateway.answer(ALICE, new IllegalStateException("connection reset"));
        enqueue(ALICE, "a1");

        sending.pump();

        assertThat(outbox.pendingCount()).isEqualTo(1);
        assertThat(OutboxHeads.of(outbox, T0.plus(Duration.ofSeconds(1)), 10))
                .singleElement().satisfies(e -> assertThat(e.attempts()).isEqualTo(1));
        at(Duration.ofSeconds(1).minusNanos(1));
        sending.pump();
        assertThat(gateway.calls).hasSize(1);

        at(Duration.ofSeconds(1));
        sending.pump();
        assertThat(gateway.texts()).containsExactly("a1", "a1");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void telegramLimitsLetThreeGoAtOnceToOneChatThenOneASecond() {
        OutboxSending sending = sending(RateLimits.telegram());
        for (int i = 1; i <= 5; i++) {
            enqueue(ALICE, "m" + i);
        }

        for (int round = 0; round < 6; round++) {
            sending.pump();
        }
        assertThat(gateway.texts()).containsExactly("m1", "m2", "m3");
        assertThat(sending.pump()).isEqualTo(Duration.ofMillis(50));

        at(Duration.ofMillis(999));
        sending.pump();
        assertThat(gateway.calls).hasSize(3);

        at(Duration.ofSeconds(1));
        sending.pump();
        sending.pump();
        assertThat(gateway.texts()).containsExactly("m1", "m2", "m3", "m4");

        at(Duration.ofSeconds(2));
        sending.pump();
        assertThat(gateway.texts()).containsExactly("m1", "m2", "m3", "m4", "m5");
    }

    @Test
    void unsentMessagesSurviveARestartAndAreThenSentExactlyOnce() {
        gateway.answer(BOB, new SendResult.Transient("network down"));
        enqueue(ALICE, "a1");
        enqueue(ALICE, "a2");
        enqueue(BOB, "b1");
        sending(RateLimits.none()).pump();
        assertThat(gateway.texts()).containsExactly("a1", "b1");

        // a restart: the stored outbox stays, the sender (and its rate limits) and the gateway are new
        at(Duration.ofSeconds(30));
        gateway = new ScriptedGateway();
        OutboxSending afterRestart = sending(RateLimits.telegram());

        for (int round = 0; round < 5; round++) {
            afterRestart.pump();
        }
        at(Duration.ofMinutes(10));
        afterRestart.pump();

        assertThat(gateway.texts()).containsExactlyInAnyOrder("a2", "b1");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void pumpWaitsWhileTheOnlyDueMessageIsBehindAHeadWaitingForRetry() {
        OutboxSending sending = sending(RateLimits.none());
        gateway.answer(ALICE, new SendResult.RetryAfter(Duration.ofSeconds(3)));
        enqueue(ALICE, "a1");
        enqueue(ALICE, "a2");
        sending.pump();

        Duration wait = sending.pump();

        assertThat(gateway.calls).hasSize(1);
        assertThat(wait).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void pressAnswersGoOutPastTheChatsRateLimitAndQueue() {
        OutboxSending sending = sending(RateLimits.telegram());
        for (int i = 1; i <= 3; i++) {
            enqueue(ALICE, "m" + i);
        }
        outbox.enqueue(Reply.pressAnswer(ALICE, "press-7", Msg.of("button.stale")), T0, T0);
        for (int round = 0; round < 4; round++) {
            sending.pump();
        }

        assertThat(gateway.calls).hasSize(4);
        assertThat(gateway.texts()).containsSubsequence("m1", "m2", "m3");
        assertThat(gateway.calls).contains(Outbound.pressAnswer(ALICE, "press-7", MESSAGES.renderLabel("en", ZoneId.of("Europe/Athens"), T0, Msg.of("button.stale"))));
    }

    @Test
    void aDeliveredMessageGivesItsConversationLineTheTransportsMessageId() {
        long id = outbox.enqueue(text(ALICE, "the answer"), T0, T0);
        conversations.record(new Conversations.Line(303, ALICE, T0, false, null, MessageKind.ALERT, null, null, id));
        gateway.answer(ALICE, new SendResult.Delivered(777));

        sending(RateLimits.none()).pump();

        assertThat(conversations.clientOf(ALICE, 777)).contains(303L);
    }

    @Test
    void aReplyHeldOvernightSaysTodayTheMorningItGoesOut() {
        ZoneId athens = ZoneId.of("Europe/Athens");
        Instant evening = Instant.parse("2026-12-01T18:00:00Z"); // 20:00 in Athens
        Instant morning = Instant.parse("2026-12-02T07:00:00Z"); // 09:00 in Athens
        Msg text = Msg.of("handoff.sent.working", Map.of("photographer", "Anna",
                "deadline", new studiobot.chat.Arg.Relative(Instant.parse("2026-12-02T10:00:00Z")), "opening", "",
                "zone", new studiobot.chat.Arg.Zone(athens)));
        clock.set(evening);
        outbox.enqueue(Reply.mayWait(ALICE, MessageKind.ANSWER, text), morning, evening);
        OutboxSending sending = sending(RateLimits.none());

        sending.pump();
        assertThat(gateway.calls).isEmpty();
        clock.set(morning);
        sending.pump();

        String asSent = MESSAGES.render("en", athens, morning, text);
        assertThat(asSent).as("the same words rendered the evening before say another day")
                .isNotEqualTo(MESSAGES.render("en", athens, evening, text));
        assertThat(gateway.calls).singleElement().satisfies(m -> assertThat(m.html()).isEqualTo(asSent));
    }

    @Test
    void aReplyThatCannotBeRenderedIsSetAsideAndItsChatMovesOn() {
        outbox.enqueue(Reply.now(ALICE, MessageKind.ANSWER, Msg.of("booking.reminder", "when", new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("cannot show this");
            }
        })), T0, T0);
        enqueue(ALICE, "next");
        OutboxSending sending = sending(RateLimits.none());

        sending.pump();
        sending.pump();

        assertThat(gateway.texts()).containsExactly("next");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    @org.junit.jupiter.api.Timeout(5)
    void drain_onAClockThatStandsStill_stopsBehindARateLimitInsteadOfWaitingForEver() {
        OutboxSending sending = sending(RateLimits.telegram());
        for (int i = 1; i <= 5; i++) {
            enqueue(ALICE, "m" + i);
        }

        sending.drain(Duration.ofSeconds(10));

        assertThat(gateway.texts()).containsExactly("m1", "m2", "m3");
        assertThat(outbox.pendingCount()).isEqualTo(2);
    }

    @Test
    void aRoundReadsOnlyTheMessagesItSends_notThoseTheLimitsHold() {
        List<List<Long>> read = new ArrayList<>();
        Outbox reading = (Outbox) java.lang.reflect.Proxy.newProxyInstance(Outbox.class.getClassLoader(), new Class<?>[] {Outbox.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("entries")) {
                        @SuppressWarnings("unchecked")
                        List<Long> ids = (List<Long>) args[0];
                        read.add(List.copyOf(ids));
                    }
                    try {
                        return method.invoke(outbox, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        // one message a chat per second, no burst: Bob's second waits for the next second
        OutboxSending sending = new OutboxSending(new DirectTransactions(), reading, conversations, rendering, gateway,
                new RateLimits(1, Duration.ofSeconds(1), 30, Duration.ofMillis(34)), clock);
        enqueue(BOB, "b1");
        sending.pump();
        enqueue(BOB, "b2");
        enqueue(ALICE, "a1");
        read.clear();

        sending.pump();

        assertThat(gateway.texts()).containsExactly("b1", "a1");
        assertThat(read).as("Bob's b2 was due but held by his chat's limit: not read").hasSize(1);
        assertThat(read.get(0)).hasSize(1);
        assertThat(outbox.pendingCount()).isEqualTo(1);
    }
    /** The outbox, with its "delivered" mark refused (as a database that cannot write refuses it) the first {@code refusals} times. */
    private Outbox refusingMarks(int refusals) {
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(refusals);
        return (Outbox) java.lang.reflect.Proxy.newProxyInstance(Outbox.class.getClassLoader(), new Class<?>[] {Outbox.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("delivered") && left.getAndDecrement() > 0) {
                        throw new IllegalStateException("database is locked (SQLITE_BUSY)");
                    }
                    try {
                        return method.invoke(outbox, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aSendTheDatabaseCannotMarkIsMarkedLater_neverSentAgain_andNothingElseGoesMeanwhile() {
        OutboxSending sending = new OutboxSending(new DirectTransactions(), refusingMarks(2), conversations, rendering, gateway,
                RateLimits.none(), clock);
        enqueue(ALICE, "a1");
        enqueue(ALICE, "a2");
        enqueue(BOB, "b1");

        sending.pump();
        assertThat(gateway.texts()).as("a1 went; its mark was refused, so b1 waits").containsExactly("a1");
        assertThat(sending.pump()).as("the mark refused again: nothing sent, the next try in a second").isEqualTo(Duration.ofSeconds(1));
        assertThat(gateway.texts()).containsExactly("a1");

        sending.pump();
        sending.pump();
        assertThat(gateway.texts()).as("a1 once, then the rest in order").containsExactly("a1", "a2", "b1");
        assertThat(outbox.pendingCount()).isZero();
    }

    @Test
    void oneRefusedMarkInARoundOfSendsInFlightTogether_leavesTheOthersMarked_andSendsNoneTwice() {
        int chats = 4;
        java.util.Map<ChatId, java.util.concurrent.atomic.AtomicInteger> sent = new java.util.concurrent.ConcurrentHashMap<>();
        ChatGateway counting = message -> {
            sent.computeIfAbsent(message.chat(), c -> new java.util.concurrent.atomic.AtomicInteger()).incrementAndGet();
            return new SendResult.Delivered(1);
        };
        OutboxSending sending = new OutboxSending(new DirectTransactions(), refusingMarks(1), conversations, rendering, counting,
                RateLimits.none(), clock, chats);
        for (int c = 0; c < chats; c++) {
            enqueue(new ChatId(700 + c), "only " + c);
        }

        sending.pump();
        assertThat(outbox.pendingCount()).as("three marked in the round; the refused one waits in memory").isEqualTo(1);
        sending.pump();
        sending.pump();
        sending.close();

        assertThat(outbox.pendingCount()).isZero();
        assertThat(sent).hasSize(chats);
        assertThat(sent.values()).as("each chat's message sent once").allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
    }
}
