using GraduateFair.Grains.Booths;
using GraduateFair.Grains.LiveSessions;

namespace GraduateFair.Server.Tests.Support;

/// <summary>
/// The server's <see cref="ILiveEvents"/> in tests: keeps every notice so a test awaits the one it
/// expects (grains publish after their writes are durable, from another thread).
/// </summary>
public sealed class LiveEventsRecorder : ILiveEvents
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    private readonly object _sync = new();
    private readonly List<object> _notices = [];
    private readonly List<(Func<object, bool> Matches, TaskCompletionSource<object> Found)> _waiters = [];

    public IReadOnlyList<object> All
    {
        get
        {
            lock (_sync)
            {
                return [.. _notices];
            }
        }
    }

    public void LiveStatus(LiveStatusNotice notice) => Record(notice);

    public void LiveSessionStarting(LiveSessionStartingNotice notice) => Record(notice);

    public void PinnedJob(string sessionId, JobInfo job) => Record(new PinnedNotice(sessionId, job));

    public void UnpinnedJob(string sessionId, string jobId) => Record(new UnpinnedNotice(sessionId, jobId));

    /// <summary>The first notice of type <typeparamref name="T"/> matching <paramref name="match"/>, already recorded or yet to come.</summary>
    public async Task<T> WaitForAsync<T>(string what, Func<T, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        bool Matches(object notice) => notice is T typed && match(typed);
        var found = new TaskCompletionSource<object>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_sync)
        {
            if (_notices.FirstOrDefault(Matches) is { } recorded)
            {
                return (T)recorded;
            }

            _waiters.Add((Matches, found));
        }

        try
        {
            return (T)await found.Task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Timed out after {Timeout.TotalSeconds} s waiting for {what}. Recorded: {string.Join("; ", All)}");
        }
    }

    private void Record(object notice)
    {
        List<TaskCompletionSource<object>> found = [];
        lock (_sync)
        {
            _notices.Add(notice);
            foreach (var waiter in _waiters.Where(w => w.Matches(notice)).ToList())
            {
                found.Add(waiter.Found);
                _waiters.Remove(waiter);
            }
        }

        found.ForEach(f => f.TrySetResult(notice));
    }

    public sealed record PinnedNotice(string SessionId, JobInfo Job);

    public sealed record UnpinnedNotice(string SessionId, string JobId);
}
