namespace GraduateFair.Domain.Matching;

/// <summary>
/// Whether one job matches one graduate, and how well. <see cref="JobIndex"/> picks by the same
/// rule for many graduates at once.
/// </summary>
/// <remarks>
/// A job matches when it has openings, is in the graduate's discipline category, and asks for the
/// graduate's degree or a lower one (a master's graduate may take a bachelor's job; a bachelor is
/// not pushed a job asking for a master's). Discipline is required because the programme pushes
/// jobs "matched by discipline"; jobs of other disciplines are never pushed, so a graduate may get
/// fewer jobs than the push allows, or none. Matching jobs rank by degree first (the graduate's
/// own degree, then each lower one in turn, in the order of <see cref="Graduates.Degree"/>), then
/// city (the graduate's first).
/// </remarks>
public static class JobMatching
{
    /// <summary>The match of <paramref name="job"/> for <paramref name="graduate"/>, or null when it does not match.</summary>
    public static JobMatch? Evaluate(MatchProfile graduate, OpenJob job)
    {
        ArgumentNullException.ThrowIfNull(graduate);
        ArgumentNullException.ThrowIfNull(job);
        if (job.Openings <= 0 || job.Discipline != graduate.Discipline || job.Degree > graduate.Degree)
        {
            return null;
        }

        return JobMatch.For(job, job.Degree == graduate.Degree, SameCity(job.City, graduate.City));
    }

    /// <summary>Cities are the same when equal after trimming, ignoring case; a blank city matches none.</summary>
    public static bool SameCity(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && string.Equals(a.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
