using GraduateFair.Domain.Graduates;

namespace GraduateFair.Grains.Graduates;

/// <param name="Accommodations">What the graduate chose to share with employers (text chat, extra time…).</param>
public sealed record GraduateProfile(
    string FullName,
    string University,
    Discipline Discipline,
    Degree Degree,
    int GraduationYear,
    string City,
    IReadOnlyList<Accommodation> Accommodations);
