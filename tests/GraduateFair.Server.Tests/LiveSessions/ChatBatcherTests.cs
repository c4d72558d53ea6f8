using GraduateFair.Runtime.Testing;
using GraduateFair.Server.LiveSessions;

namespace GraduateFair.Server.Tests.LiveSessions;

public sealed class ChatBatcherTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void MessagesWithinTheWindowGoOutTogetherInOrder()
    {
        var clock = new ManualTimeProvider();
        var sent = new List<(string Session, IReadOnlyList<string> Messages)>();
        using var batcher = new ChatBatcher<string>(clock, Window, (session, messages) => sent.Add((session, messages)));

        batcher.Offer("live_1", "a");
        clock.Advance(TimeSpan.FromMilliseconds(60));
        batcher.Offer("live_1", "b");
        batcher.Offer("live_2", "x");
        clock.Advance(TimeSpan.FromMilliseconds(39));
        Assert.Empty(sent);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.Equal([("live_1", "a,b")], sent.Select(s => (s.Session, string.Join(',', s.Messages))));
        clock.Advance(TimeSpan.FromMilliseconds(60));
        Assert.Equal([("live_1", "a,b"), ("live_2", "x")], sent.Select(s => (s.Session, string.Join(',', s.Messages))));
    }

    [Fact]
    public void MessageAfterABatchWentOutStartsANewOne()
    {
        var clock = new ManualTimeProvider();
        var sent = new List<string>();
        using var batcher = new ChatBatcher<string>(clock, Window, (_, messages) => sent.Add(string.Join(',', messages)));

        batcher.Offer("live_1", "a");
        clock.Advance(Window);
        batcher.Offer("live_1", "b");
        clock.Advance(Window);

        Assert.Equal(["a", "b"], sent);
    }

    [Fact]
    public void NothingGoesOutOnceDisposed()
    {
        var clock = new ManualTimeProvider();
        var sent = new List<string>();
        var batcher = new ChatBatcher<string>(clock, Window, (_, messages) => sent.Add(string.Join(',', messages)));
        batcher.Offer("live_1", "a");

        batcher.Dispose();
        batcher.Offer("live_1", "b");
        clock.Advance(Window * 2);

        Assert.Empty(sent);
    }
}
