using GraduateFair.Domain.Graduates;
using GraduateFair.Domain.Matching;

namespace GraduateFair.Server.Recommendations;

/// <summary>A job pushed to the graduate, still open, and why it matched.</summary>
/// <param name="Matched">The criteria the job meets: always discipline, then degree and city when they match too.</param>
/// <param name="Reason">The same in English: "matches your discipline (engineering), degree (bachelor) and city (Wuhan)".</param>
public sealed record RecommendationResponse(
    string JobId,
    string Title,
    string CompanyName,
    string BoothId,
    string FairId,
    Discipline Discipline,
    Degree Degree,
    string City,
    int Openings,
    DateTimeOffset PushedAt,
    IReadOnlyList<MatchCriterion> Matched,
    string Reason);
