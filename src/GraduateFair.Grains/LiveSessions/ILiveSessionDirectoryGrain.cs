using GraduateFair.Runtime;

namespace GraduateFair.Grains.LiveSessions;

/// <summary>A fair's live sessions, keyed by fair id: for listings (per fair, per booth) and for start-up.</summary>
public interface ILiveSessionDirectoryGrain : IGrainWithStringKey
{
    Task UpdateAsync(LiveSessionSummary session);

    /// <summary>By start time.</summary>
    Task<IReadOnlyList<LiveSessionSummary>> ListAsync();
}
