using GraduateFair.Domain.Matching;
using GraduateFair.Grains.Jobs;

namespace GraduateFair.Grains.Pushes;

/// <summary>
/// One pass of a push over one shard's graduates: those in a priority group, or the others (the
/// push runs the priority pass on every shard first). <paramref name="ForNewJob"/> restricts the
/// pass to the graduates a newly posted job matches; without it, it is a sweep over everyone, which
/// also forgets pushes of jobs no longer open.
/// </summary>
public sealed record PushRound(string PushId, DateTimeOffset At, OpenJobsSnapshot Jobs, bool PriorityGroup, OpenJob? ForNewJob = null);
