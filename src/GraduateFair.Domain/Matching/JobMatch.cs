using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Matching;

/// <summary>
/// A job picked for a graduate and why: what it has in common with them, and the job's own
/// discipline, degree and city, so a client can phrase the reason in its own language
/// (<see cref="MatchReasonText"/> gives the English one).
/// </summary>
/// <param name="JobId">The job.</param>
/// <param name="Matched">The criteria met, always starting with <see cref="MatchCriterion.Discipline"/>, in the order discipline, degree, city.</param>
/// <param name="Discipline">The job's discipline category (the graduate's).</param>
/// <param name="Degree">The degree the job asks for (the graduate's, or a lower one).</param>
/// <param name="City">The job's city, as posted.</param>
public sealed record JobMatch(string JobId, IReadOnlyList<MatchCriterion> Matched, Discipline Discipline, Degree Degree, string City)
{
    private static readonly MatchCriterion[] DisciplineOnly = [MatchCriterion.Discipline];
    private static readonly MatchCriterion[] WithDegree = [MatchCriterion.Discipline, MatchCriterion.Degree];
    private static readonly MatchCriterion[] WithCity = [MatchCriterion.Discipline, MatchCriterion.City];
    private static readonly MatchCriterion[] WithAll = [MatchCriterion.Discipline, MatchCriterion.Degree, MatchCriterion.City];

    /// <summary>Equal when every field is equal, the criteria compared in order.</summary>
    public bool Equals(JobMatch? other) =>
        other is not null
        && string.Equals(JobId, other.JobId, StringComparison.Ordinal)
        && Matched.SequenceEqual(other.Matched)
        && Discipline == other.Discipline
        && Degree == other.Degree
        && string.Equals(City, other.City, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(JobId, Matched.Count, Discipline, Degree, City);

    internal static JobMatch For(OpenJob job, bool degreeMatched, bool cityMatched) =>
        new(job.JobId, (degreeMatched, cityMatched) switch
        {
            (true, true) => WithAll,
            (true, false) => WithDegree,
            (false, true) => WithCity,
            (false, false) => DisciplineOnly,
        }, job.Discipline, job.Degree, job.City);
}
