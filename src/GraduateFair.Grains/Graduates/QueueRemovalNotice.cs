using GraduateFair.Domain.Queues;

namespace GraduateFair.Grains.Graduates;

/// <summary>A queue removed the graduate while they could not be told (e.g. offline too long): kept until delivered.</summary>
public sealed record QueueRemovalNotice(string BoothId, QueueLeaveReason Reason, DateTimeOffset RemovedAt);
