namespace GraduateFair.Domain.Reports;

/// <summary>How long one queued graduate waited, and whether in a booth's priority lane.</summary>
public sealed record QueuedWait(TimeSpan Wait, bool PriorityLane);
