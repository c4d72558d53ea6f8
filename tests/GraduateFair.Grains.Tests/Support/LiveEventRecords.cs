using GraduateFair.Grains.Booths;
using GraduateFair.Grains.LiveSessions;

namespace GraduateFair.Grains.Tests.Support;

/// <summary>One call a live session made on <see cref="ILiveEvents"/>, recorded in the same <see cref="FairEventLog"/>.</summary>
internal sealed record LiveStatusRecord(LiveStatusNotice Notice) : FairEventRecord;

internal sealed record LiveStartingRecord(LiveSessionStartingNotice Notice) : FairEventRecord;

internal sealed record PinnedJobRecord(string SessionId, JobInfo Job) : FairEventRecord;

internal sealed record UnpinnedJobRecord(string SessionId, string JobId) : FairEventRecord;
