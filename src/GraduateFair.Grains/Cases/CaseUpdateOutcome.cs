namespace GraduateFair.Grains.Cases;

public enum CaseUpdateOutcome
{
    Changed,
    Unchanged,

    /// <summary>The case refused (see the message): not allowed from its status, or incomplete.</summary>
    Refused,

    /// <summary>The graduate has no case yet (no profile).</summary>
    NoCase,
}
