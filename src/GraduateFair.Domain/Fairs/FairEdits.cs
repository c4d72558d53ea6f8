using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Fairs;

/// <summary>
/// What an organiser may change on a fair after creating it: title and description until it
/// closes; the opening time only while it is scheduled; the closing time until it closes. Times
/// that change must lie ahead (to open or close now there are calls for that), and a fair always
/// closes strictly after it opens.
/// </summary>
public static class FairEdits
{
    /// <summary>
    /// The reason an edit contradicts the fair's status (409), or null: a closed fair takes no
    /// edit; an open fair keeps its opening time.
    /// </summary>
    public static string? Conflict(FairStatus status, bool changesOpensAt) => status switch
    {
        FairStatus.Closed => "The fair is closed: it can no longer be edited.",
        FairStatus.Open when changesOpensAt => "The fair is open: its opening time can no longer change.",
        FairStatus.Scheduled or FairStatus.Open => null,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown fair status."),
    };

    /// <summary>
    /// Field errors (<c>opensAt</c>, <c>closesAt</c>) for the fair's times after the edit:
    /// a changed time must be after <paramref name="now"/>, and the fair must close after it
    /// opens (reported against the closing time when it changed, otherwise the opening time).
    /// </summary>
    public static IReadOnlyList<FieldError> Times(DateTimeOffset opensAt, DateTimeOffset closesAt, bool opensAtChanged, bool closesAtChanged, DateTimeOffset now)
    {
        var errors = new List<FieldError>();
        if (opensAtChanged && opensAt <= now)
        {
            errors.Add(new("opensAt", "Opening time must be in the future; to open the fair now, open it."));
        }

        if (closesAtChanged && closesAt <= now)
        {
            errors.Add(new("closesAt", "Closing time must be in the future; to close the fair now, close it."));
        }

        if (FairRules.Times(opensAt, closesAt) is { } order)
        {
            errors.Add(closesAtChanged ? new("closesAt", order) : new("opensAt", "Opening time must be before the closing time."));
        }

        return errors;
    }
}
