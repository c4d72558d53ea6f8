using GraduateFair.Domain.Cases;
using GraduateFair.Grains.Graduates;

namespace GraduateFair.Grains.Cases;

/// <summary>A graduate's full case for organisers: the case with notes, the profile, the consented priority groups, and its summary for the index.</summary>
public sealed record CaseRecord(GraduateCase Case, GraduateProfile Profile, PriorityInfo Priority, CaseSummary Summary);
