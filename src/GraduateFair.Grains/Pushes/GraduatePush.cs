using GraduateFair.Domain.Matching;

namespace GraduateFair.Grains.Pushes;

/// <summary>The jobs one push gave one graduate, best first.</summary>
public sealed record GraduatePush(string GraduateId, IReadOnlyList<JobMatch> Jobs);
