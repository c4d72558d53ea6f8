using GraduateFair.Domain.Graduates;

namespace GraduateFair.Domain.Matching;

/// <summary>What matching needs to know about a graduate.</summary>
/// <param name="GraduateId">The graduate's id; it also decides where among equally good jobs their picks start.</param>
/// <param name="Discipline">The graduate's discipline category.</param>
/// <param name="Degree">The graduate's degree.</param>
/// <param name="City">Where the graduate wants to work; compared trimmed and ignoring case.</param>
/// <param name="InPriorityGroup">True when the graduate consented to at least one priority group: they get <see cref="JobPush.PriorityCount"/> jobs.</param>
public sealed record MatchProfile(string GraduateId, Discipline Discipline, Degree Degree, string City, bool InPriorityGroup);
