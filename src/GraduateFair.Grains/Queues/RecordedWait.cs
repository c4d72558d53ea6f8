namespace GraduateFair.Grains.Queues;

/// <summary>
/// How long a graduate waited from joining to their first invitation, and whether in the priority
/// lane. Kept inside the queue (the lane is erased when consent is withdrawn); reports show only
/// aggregates.
/// </summary>
public sealed record RecordedWait(string GraduateId, TimeSpan Wait, bool Priority);
