namespace GraduateFair.Domain.Accounts;

/// <summary>The kind of account; serialised as <c>graduate</c>, <c>employer</c>, <c>organiser</c>.</summary>
public enum UserRole
{
    Graduate,
    Employer,
    Organiser,
}
