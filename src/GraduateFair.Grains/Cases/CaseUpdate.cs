namespace GraduateFair.Grains.Cases;

/// <param name="Summary">The summary after the update, for the index; null without a case.</param>
public sealed record CaseUpdate(CaseUpdateOutcome Outcome, string? Message, CaseSummary? Summary)
{
    public static CaseUpdate NoCase { get; } = new(CaseUpdateOutcome.NoCase, "This graduate has no case yet: it opens with their first profile.", null);
}
