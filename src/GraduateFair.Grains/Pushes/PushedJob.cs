using GraduateFair.Domain.Matching;

namespace GraduateFair.Grains.Pushes;

/// <summary>A job pushed to a graduate: why it matched, when, and by which push.</summary>
public sealed record PushedJob(JobMatch Match, DateTimeOffset At, string PushId);
