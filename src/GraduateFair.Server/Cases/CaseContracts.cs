using GraduateFair.Domain.Cases;
using GraduateFair.Domain.Graduates;
using GraduateFair.Server.FollowUps;

namespace GraduateFair.Server.Cases;

/// <summary>POST /api/cases/{graduateId}/status: signed and employed take an employer and a date (YYYY-MM-DD).</summary>
public sealed record CaseStatusRequest(string? Status, string? Note, string? Employer, string? Date);

/// <summary>POST /api/cases/{graduateId}/services: a kind of "1311+N" service and how many.</summary>
public sealed record CaseServiceRequest(string? Kind, int? Count, string? Note);

/// <summary>One page of the case list.</summary>
public sealed record CasePageResponse(int Total, int Offset, int Limit, IReadOnlyList<CaseListItemResponse> Items);

/// <param name="Priority">The graduate consented to a priority group (organisers only; never shown to employers).</param>
/// <param name="Services">Services per kind, job pushes counted as recommendations.</param>
/// <param name="Lacking">The "1311" minimums not met yet.</param>
public sealed record CaseListItemResponse(
    string GraduateId,
    string FullName,
    string University,
    string City,
    Discipline Discipline,
    Degree Degree,
    int GraduationYear,
    CaseStatus Status,
    bool Priority,
    ServiceCounts Services,
    IReadOnlyList<ServiceShortfall> Lacking,
    DateTimeOffset OpenedAt,
    DateTimeOffset? LastContactAt,
    DateTimeOffset? FollowUpDueAt,
    string? OpenFollowUpId);

/// <summary>A graduate's whole case for organisers.</summary>
/// <param name="PriorityGroups">The groups the graduate consented to, for priority help (organisers only).</param>
/// <param name="Services">Services per kind, job pushes counted as recommendations.</param>
/// <param name="RecommendationsPushed">Jobs pushed to the graduate so far.</param>
/// <param name="History">Every status change, oldest first.</param>
/// <param name="ServiceRecords">Services recorded by organisers, oldest first (pushes are counted in <paramref name="RecommendationsPushed"/>).</param>
public sealed record CaseResponse(
    string GraduateId,
    string FullName,
    string University,
    Discipline Discipline,
    Degree Degree,
    int GraduationYear,
    string City,
    CaseStatus Status,
    DateTimeOffset OpenedAt,
    DateTimeOffset? LastContactAt,
    DateTimeOffset? FollowUpDueAt,
    Employment? Employment,
    IReadOnlyList<PriorityGroup> PriorityGroups,
    ServiceCounts Services,
    IReadOnlyList<ServiceShortfall> Lacking,
    int RecommendationsPushed,
    IReadOnlyList<CaseChange> History,
    IReadOnlyList<ServiceRecord> ServiceRecords,
    IReadOnlyList<FollowUpResponse> FollowUps);
