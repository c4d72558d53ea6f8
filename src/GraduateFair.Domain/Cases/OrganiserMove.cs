namespace GraduateFair.Domain.Cases;

/// <summary>What an organiser may do when recording a status on a case (see <see cref="CaseTransitions.ForOrganiser"/>).</summary>
public enum OrganiserMove
{
    /// <summary>The move is recorded; a note is optional.</summary>
    Allowed,

    /// <summary>The move is recorded only with a note: it takes a signed or employed case back (reopening).</summary>
    NeedsNote,

    /// <summary>
    /// The case is already there: nothing changes, except that a signed or employed case given a
    /// different employer or date records a correction.
    /// </summary>
    Same,

    /// <summary>Refused: interviewing and offer are set only by interviews on the platform.</summary>
    PlatformOnly,

    /// <summary>Refused: an employed case cannot go back to signed (reopen it to seeking first).</summary>
    NotAllowed,
}
