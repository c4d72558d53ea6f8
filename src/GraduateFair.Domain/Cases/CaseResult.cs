namespace GraduateFair.Domain.Cases;

/// <summary>
/// The result of asking a case to change: its kind, the case afterwards (the same instance
/// unless <see cref="CaseResultKind.Changed"/>), and for a refusal a message for the client.
/// </summary>
public sealed record CaseResult(CaseResultKind Kind, GraduateCase Case, string? Message = null)
{
    internal static CaseResult ChangedTo(GraduateCase graduateCase) => new(CaseResultKind.Changed, graduateCase);

    internal static CaseResult UnchangedAt(GraduateCase graduateCase) => new(CaseResultKind.Unchanged, graduateCase);

    internal static CaseResult RefusedAt(GraduateCase graduateCase, string message) => new(CaseResultKind.Refused, graduateCase, message);
}
