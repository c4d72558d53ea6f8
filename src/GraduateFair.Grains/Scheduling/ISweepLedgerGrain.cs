using GraduateFair.Runtime;

namespace GraduateFair.Grains.Scheduling;

/// <summary>When a recurring sweep (keyed by its name) last ran: the source of truth for catching up a run missed while the server was down.</summary>
public interface ISweepLedgerGrain : IGrainWithStringKey
{
    /// <summary>The last run; for a sweep that never ran, <paramref name="now"/>, recorded as where its schedule starts (nothing before it was missed).</summary>
    Task<DateTimeOffset> GetLastRunAsync(DateTimeOffset now);

    Task RecordRunAsync(DateTimeOffset at);
}
