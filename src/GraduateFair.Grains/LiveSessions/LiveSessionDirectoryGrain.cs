using GraduateFair.Runtime;

namespace GraduateFair.Grains.LiveSessions;

public sealed class LiveSessionDirectoryGrain : JournaledGrain<LiveSessionDirectoryState, LiveSessionDirectoryEvent>, ILiveSessionDirectoryGrain
{
    public Task UpdateAsync(LiveSessionSummary session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!State.Sessions.TryGetValue(session.SessionId, out var listed) || listed != session)
        {
            RaiseEvent(new LiveSessionListed(session));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<LiveSessionSummary>> ListAsync() =>
        Task.FromResult<IReadOnlyList<LiveSessionSummary>>([.. State.Sessions.Values.OrderBy(s => s.StartsAt).ThenBy(s => s.SessionId, StringComparer.Ordinal)]);

    protected override void TransitionState(LiveSessionDirectoryState state, LiveSessionDirectoryEvent change)
    {
        if (change is LiveSessionListed listed)
        {
            state.Sessions[listed.Session.SessionId] = listed.Session;
        }
    }
}
