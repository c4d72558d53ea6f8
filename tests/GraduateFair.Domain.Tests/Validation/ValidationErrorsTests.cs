using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Tests.Validation;

public sealed class ValidationErrorsTests
{
    [Fact]
    public void PassingRulesLeaveTheErrorsEmpty()
    {
        var errors = new ValidationErrors()
            .Add("email", AccountRules.Email("ann@example.com"))
            .AddRange(JobRules.Check(1, null, null));

        Assert.True(errors.IsEmpty);
        Assert.Empty(errors.ToDictionary());
    }

    [Fact]
    public void MessagesAreGroupedPerFieldInTheOrderReported()
    {
        var errors = new ValidationErrors()
            .Add("password", AccountRules.Password("short"))
            .Add("email", "first")
            .Add("email", "second")
            .AddRange([new FieldError("password", "again")]);

        Assert.False(errors.IsEmpty);
        var dictionary = errors.ToDictionary();
        Assert.Equal(["password", "email"], dictionary.Keys);
        Assert.Equal(["Password must be at least 8 characters.", "again"], dictionary["password"]);
        Assert.Equal(["first", "second"], dictionary["email"]);
    }
}
