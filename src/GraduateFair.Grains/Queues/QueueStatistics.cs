using GraduateFair.Domain.Reports;

namespace GraduateFair.Grains.Queues;

/// <summary>
/// A queue's figures for the fair report: who ever queued (ids, so the report can count graduates
/// across booths once), each wait join → invitation with its lane, interviews started and offers.
/// For reports only: never shown to employers.
/// </summary>
public sealed record QueueStatistics(string BoothId, IReadOnlyCollection<string> Queued, IReadOnlyList<QueuedWait> Waits, int Interviews, int Offers);
