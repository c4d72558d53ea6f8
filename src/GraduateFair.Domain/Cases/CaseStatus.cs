using System.Diagnostics.CodeAnalysis;

namespace GraduateFair.Domain.Cases;

/// <summary>
/// Where a graduate's case (实名台账) stands: seeking → interviewing → offer → signed →
/// employed, or not seeking work for now (recorded and revisited). Serialised in kebab-case
/// (<c>not-seeking</c>). See <see cref="CaseTransitions"/> for who may move it where.
/// </summary>
public enum CaseStatus
{
    Seeking,
    Interviewing,
    Offer,

    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "A signed contract, the contract's word for this status; not the integer sense.")]
    Signed,

    Employed,
    NotSeeking,
}
