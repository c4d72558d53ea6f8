using GraduateFair.Domain.Interviews;

namespace GraduateFair.Domain.Cases;

/// <summary>
/// Who may move a case where. The platform moves a case forward along seeking → interviewing →
/// offer and never back; organisers record signed, employed, not-seeking and seeking.
/// </summary>
/// <remarks>
/// <para>Platform moves (<see cref="AfterInterviewStarted"/>, <see cref="AfterInterviewEnded"/>):</para>
/// <list type="bullet">
/// <item>An interview starts: seeking or not-seeking → interviewing; any other status stays.</item>
/// <item>An interview ends with outcome offer: seeking, interviewing or not-seeking → offer; any other status stays.</item>
/// <item>Other outcomes (advance, reject, no-show) change nothing.</item>
/// </list>
/// <para>
/// So a platform move never goes backwards: an interview of a graduate at offer, signed or
/// employed leaves the case where it is. A not-seeking graduate who interviews has shown by
/// doing so that they are looking again, so the platform treats not-seeking like seeking.
/// </para>
/// <para>Organiser moves (<see cref="ForOrganiser"/>), rows from, columns to:</para>
/// <code>
///                 seeking    interviewing  offer         signed      employed   not-seeking
/// seeking         same       platform-only platform-only allowed     allowed    allowed
/// interviewing    allowed    platform-only platform-only allowed     allowed    allowed
/// offer           allowed    platform-only platform-only allowed     allowed    allowed
/// signed          needs-note platform-only platform-only same        allowed    needs-note
/// employed        needs-note platform-only platform-only not-allowed same       needs-note
/// not-seeking     allowed    platform-only platform-only allowed     allowed    same
/// </code>
/// <para>
/// Employed is terminal unless an organiser reopens the case (to seeking or not-seeking) with a
/// note; leaving signed takes a note too (a contract fell through). Signed and employed always
/// carry an employer and a date.
/// </para>
/// </remarks>
public static class CaseTransitions
{
    /// <summary>The status a case moves to when an interview of the graduate starts, or null when it stays.</summary>
    public static CaseStatus? AfterInterviewStarted(CaseStatus current) => Forward(current, CaseStatus.Interviewing);

    /// <summary>The status a case moves to when an interview ends with <paramref name="outcome"/>, or null when it stays.</summary>
    public static CaseStatus? AfterInterviewEnded(CaseStatus current, InterviewOutcome outcome) => outcome switch
    {
        InterviewOutcome.Offer => Forward(current, CaseStatus.Offer),
        InterviewOutcome.Advance or InterviewOutcome.Reject or InterviewOutcome.NoShow => NotMovedFrom(current),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown interview outcome."),
    };

    /// <summary>What an organiser may do recording <paramref name="to"/> on a case at <paramref name="from"/> (the table above).</summary>
    public static OrganiserMove ForOrganiser(CaseStatus from, CaseStatus to)
    {
        ThrowIfUnknown(from);
        ThrowIfUnknown(to);
        return (from, to) switch
        {
            (_, CaseStatus.Interviewing or CaseStatus.Offer) => OrganiserMove.PlatformOnly,
            _ when from == to => OrganiserMove.Same,
            (CaseStatus.Employed, CaseStatus.Signed) => OrganiserMove.NotAllowed,
            (CaseStatus.Signed or CaseStatus.Employed, CaseStatus.Seeking or CaseStatus.NotSeeking) => OrganiserMove.NeedsNote,
            _ => OrganiserMove.Allowed,
        };
    }

    private static CaseStatus? Forward(CaseStatus current, CaseStatus target) =>
        StepOf(current) < StepOf(target) ? target : null;

    private static CaseStatus? NotMovedFrom(CaseStatus current)
    {
        ThrowIfUnknown(current);
        return null;
    }

    private static void ThrowIfUnknown(CaseStatus status)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown case status.");
        }
    }

    // The place on the track seeking → interviewing → offer → signed → employed; not-seeking
    // counts as seeking, so the platform may move it forward.
    private static int StepOf(CaseStatus status) => status switch
    {
        CaseStatus.Seeking or CaseStatus.NotSeeking => 0,
        CaseStatus.Interviewing => 1,
        CaseStatus.Offer => 2,
        CaseStatus.Signed => 3,
        CaseStatus.Employed => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown case status."),
    };
}
