using System.Text.Json.Serialization;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.FollowUps;
using GraduateFair.Domain.Interviews;
using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Cases;

/// <summary>
/// One graduate's case in the ledger (实名台账, one case per graduate): the status with every
/// change that led to it, the services given under "1311+N", and the last contact. Immutable and
/// serialisable; each change returns a new case inside a <see cref="CaseResult"/>.
/// </summary>
/// <param name="GraduateId">The graduate the case is about.</param>
/// <param name="OpenedAt">When the case was opened.</param>
/// <param name="Status">The current status.</param>
/// <param name="History">Every status change, oldest first.</param>
/// <param name="Services">Every service recorded, oldest first.</param>
/// <param name="LastContactAt">
/// The last time an organiser was in touch: a status or service they recorded, or a completed
/// follow-up (<see cref="RecordContact"/>). Platform moves and job pushes are not contact.
/// </param>
public sealed record GraduateCase(
    string GraduateId,
    DateTimeOffset OpenedAt,
    CaseStatus Status,
    IReadOnlyList<CaseChange> History,
    IReadOnlyList<ServiceRecord> Services,
    DateTimeOffset? LastContactAt)
{
    /// <summary>A new case: seeking, with no history, services or contact.</summary>
    public static GraduateCase Open(string graduateId, DateTimeOffset openedAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(graduateId);
        return new GraduateCase(graduateId, openedAt, CaseStatus.Seeking, [], [], null);
    }

    /// <summary>The services counted per kind.</summary>
    [JsonIgnore]
    public ServiceCounts ServiceCounts =>
        Services.Aggregate(ServiceCounts.None, (counts, service) => counts.Add(service.Kind, service.Count));

    /// <summary>The employer and date of a signed or employed case (from its last change); null otherwise.</summary>
    [JsonIgnore]
    public Employment? Employment =>
        Status is CaseStatus.Signed or CaseStatus.Employed && History.Count > 0 ? History[^1].Employment : null;

    /// <summary>When a follow-up falls due (see <see cref="FollowUpRule"/>), counting from the case's opening if never contacted; null when not followed up.</summary>
    [JsonIgnore]
    public DateTimeOffset? FollowUpDueAt => FollowUpRule.DueAt(Status, LastContactAt ?? OpenedAt);

    /// <summary>True when a follow-up is due at <paramref name="now"/>.</summary>
    public bool IsFollowUpDue(DateTimeOffset now) => FollowUpRule.IsDue(Status, LastContactAt ?? OpenedAt, now);

    /// <summary>The platform's move when an interview of the graduate starts (see <see cref="CaseTransitions.AfterInterviewStarted"/>).</summary>
    public CaseResult AfterInterviewStarted(string roomId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(roomId);
        return MoveByPlatform(CaseTransitions.AfterInterviewStarted(Status), roomId, at);
    }

    /// <summary>The platform's move when an interview ends (see <see cref="CaseTransitions.AfterInterviewEnded"/>).</summary>
    public CaseResult AfterInterviewEnded(string roomId, InterviewOutcome outcome, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrEmpty(roomId);
        return MoveByPlatform(CaseTransitions.AfterInterviewEnded(Status, outcome), roomId, at);
    }

    /// <summary>
    /// An organiser records <paramref name="to"/> (see <see cref="CaseTransitions.ForOrganiser"/>).
    /// Refused when <see cref="CaseRules.StatusChange"/> finds a problem (the messages joined),
    /// when the move is not the organiser's to make, or when it needs a note and has none. A
    /// change counts as contact.
    /// </summary>
    public CaseResult Record(CaseStatus to, string organiserId, DateTimeOffset at, string? note = null, Employment? employment = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(organiserId);
        var errors = CaseRules.StatusChange(to, note, employment?.Employer, employment?.Date);
        if (errors.Count > 0)
        {
            return CaseResult.RefusedAt(this, string.Join(" ", errors.Select(e => e.Message)));
        }

        note = TextRules.Normalize(note);
        employment = employment is null ? null : employment with { Employer = employment.Employer.Trim() };
        switch (CaseTransitions.ForOrganiser(Status, to))
        {
            case OrganiserMove.PlatformOnly:
                return CaseResult.RefusedAt(this, "Interviewing and offer are set by interviews on the platform; record signed or employed for a job found elsewhere.");
            case OrganiserMove.NotAllowed:
                return CaseResult.RefusedAt(this, "An employed case cannot go back to signed; reopen it to seeking with a note first.");
            case OrganiserMove.NeedsNote when note is null:
                return CaseResult.RefusedAt(this, $"A note is required to move a case from {Name(Status)} to {Name(to)}.");
            case OrganiserMove.Same when employment is null || employment == Employment:
                return CaseResult.UnchangedAt(this);
            default:
                var change = new CaseChange(Status, to, at, CaseActor.Organiser, organiserId, note, employment);
                return CaseResult.ChangedTo(this with { Status = to, History = [.. History, change], LastContactAt = Later(LastContactAt, at) });
        }
    }

    /// <summary>
    /// Records <paramref name="count"/> services of <paramref name="kind"/>. Refused when
    /// <see cref="CaseRules.Services"/> finds a problem. Services an organiser records count as
    /// contact; the platform's (job pushes) do not.
    /// </summary>
    public CaseResult RecordService(ServiceKind kind, int count, CaseActor actor, string actorId, DateTimeOffset at, string? note = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown service kind.");
        }

        var errors = CaseRules.Services(count, note);
        if (errors.Count > 0)
        {
            return CaseResult.RefusedAt(this, string.Join(" ", errors.Select(e => e.Message)));
        }

        var service = new ServiceRecord(kind, count, at, actor, actorId, TextRules.Normalize(note));
        var lastContact = actor == CaseActor.Organiser ? Later(LastContactAt, at) : LastContactAt;
        return CaseResult.ChangedTo(this with { Services = [.. Services, service], LastContactAt = lastContact });
    }

    /// <summary>An organiser was in touch at <paramref name="at"/> (a completed follow-up). An earlier time than the last contact changes nothing.</summary>
    public GraduateCase RecordContact(DateTimeOffset at) => this with { LastContactAt = Later(LastContactAt, at) };

    /// <summary>
    /// The case as it stood just before <paramref name="end"/> (e.g. the first moment of the next
    /// month): the changes and services made before it, the status of the last change kept
    /// (seeking when none), and the last contact before it. Contact recorded only as a time (a
    /// completed follow-up) is kept when it was before <paramref name="end"/>; otherwise the last
    /// contact is the latest organiser entry before it. Null when the case was opened at or after
    /// <paramref name="end"/>.
    /// </summary>
    public GraduateCase? AsOf(DateTimeOffset end)
    {
        if (OpenedAt >= end)
        {
            return null;
        }

        if (History.All(c => c.At < end) && Services.All(s => s.At < end) && (LastContactAt is null || LastContactAt < end))
        {
            return this;
        }

        CaseChange[] history = [.. History.Where(c => c.At < end)];
        ServiceRecord[] services = [.. Services.Where(s => s.At < end)];
        var lastContact = LastContactAt < end
            ? LastContactAt
            : history.Where(c => c.Actor == CaseActor.Organiser).Select(c => (DateTimeOffset?)c.At)
                .Concat(services.Where(s => s.Actor == CaseActor.Organiser).Select(s => (DateTimeOffset?)s.At))
                .Max();
        var status = history.Length > 0 ? history[^1].To : CaseStatus.Seeking;
        return this with { Status = status, History = history, Services = services, LastContactAt = lastContact };
    }

    /// <summary>Equal when every field is equal, the history and services compared entry by entry.</summary>
    public bool Equals(GraduateCase? other) =>
        other is not null
        && string.Equals(GraduateId, other.GraduateId, StringComparison.Ordinal)
        && OpenedAt == other.OpenedAt
        && Status == other.Status
        && LastContactAt == other.LastContactAt
        && History.SequenceEqual(other.History)
        && Services.SequenceEqual(other.Services);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(GraduateId, Status, History.Count, Services.Count);

    private CaseResult MoveByPlatform(CaseStatus? to, string roomId, DateTimeOffset at)
    {
        if (to is not { } target)
        {
            return CaseResult.UnchangedAt(this);
        }

        var change = new CaseChange(Status, target, at, CaseActor.Engine, roomId);
        return CaseResult.ChangedTo(this with { Status = target, History = [.. History, change] });
    }

    private static DateTimeOffset Later(DateTimeOffset? current, DateTimeOffset at) =>
        current is { } last && last > at ? last : at;

    private static string Name(CaseStatus status) => KebabCase.Format(status);
}
