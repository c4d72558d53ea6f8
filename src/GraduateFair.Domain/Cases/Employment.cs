namespace GraduateFair.Domain.Cases;

/// <summary>
/// Who a graduate signed with or works for, and when: for <see cref="CaseStatus.Signed"/> the
/// day the contract was signed, for <see cref="CaseStatus.Employed"/> the day work started.
/// </summary>
public sealed record Employment(string Employer, DateOnly Date);
