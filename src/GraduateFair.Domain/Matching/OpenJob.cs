using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Matching;

/// <summary>A job that may be pushed to graduates: the fields matching looks at.</summary>
/// <param name="JobId">The job's id; unique among the jobs of one <see cref="JobIndex"/>.</param>
/// <param name="Discipline">The discipline category the job is for.</param>
/// <param name="Degree">The lowest degree the job asks for.</param>
/// <param name="City">Where the job is; compared trimmed and ignoring case.</param>
/// <param name="Openings">How many people the job still takes; a job with none is never pushed.</param>
public sealed record OpenJob(string JobId, Discipline Discipline, Degree Degree, string City, int Openings);
