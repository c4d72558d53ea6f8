using GraduateFair.Domain.Cases;
using GraduateFair.Domain.FollowUps;
using GraduateFair.Grains.FollowUps;

namespace GraduateFair.Server.FollowUps;

/// <summary>POST /api/follow-ups/{followUpId}/complete: how the graduate was reached, and a note.</summary>
public sealed record FollowUpCompleteRequest(string? Channel, string? Note);

/// <summary>Which follow-ups GET /api/follow-ups lists (<c>?status=</c>, default open).</summary>
public enum FollowUpListStatus
{
    Open,
    Completed,
    All,
}

public sealed record FollowUpPageResponse(int Total, int Offset, int Limit, IReadOnlyList<FollowUpResponse> Items);

/// <param name="DueAt">When the follow-up fell due: 30 days after the last contact (or after the case opened).</param>
/// <param name="Priority">The graduate consented to a priority group (organisers only).</param>
public sealed record FollowUpResponse(
    string FollowUpId,
    string GraduateId,
    string FullName,
    string City,
    CaseStatus Status,
    bool Priority,
    DateTimeOffset CreatedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? LastContactAt,
    bool Open,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    FollowUpChannel? Channel,
    string? Note)
{
    public static FollowUpResponse From(FollowUpView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var task = view.Task;
        var done = task.Completion;
        return new(task.FollowUpId, task.GraduateId, view.FullName, view.City, view.Status, view.InPriorityGroup, task.CreatedAt, task.DueAt, view.LastContactAt,
            task.IsOpen, done?.At, done?.OrganiserId, done?.Channel, done?.Note);
    }
}
