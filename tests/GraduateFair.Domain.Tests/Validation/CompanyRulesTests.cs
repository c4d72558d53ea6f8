using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Tests.Validation;

public sealed class CompanyRulesTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // a real-world shaped code with a valid check character
    [InlineData("123456789012345670")] // the check character should be 8: still accepted on purpose
    [InlineData("0123456789ABCDEFGH")]
    [InlineData("JKLMNPQRTUWXY00000")]
    public void CreditCodeOfEighteenAllowedCharactersIsAccepted(string code)
    {
        Assert.Null(CompanyRules.CreditCode(code));
    }

    [Theory]
    [InlineData("12345678901234567")]
    [InlineData("1234567890123456789")]
    public void CreditCodeOfAnotherLengthIsRejected(string code)
    {
        Assert.Equal("Credit code must be exactly 18 characters.", CompanyRules.CreditCode(code));
    }

    [Theory]
    [InlineData("12345678901234567I")]
    [InlineData("12345678901234567O")]
    [InlineData("12345678901234567S")]
    [InlineData("12345678901234567V")]
    [InlineData("12345678901234567Z")]
    [InlineData("91350100m000100y43")]
    [InlineData("12345678 012345678")]
    [InlineData("12345678-012345678")]
    public void CreditCodeWithACharacterOutsideTheAlphabetIsRejected(string code)
    {
        Assert.Equal("Credit code may contain only digits and the capital letters ABCDEFGHJKLMNPQRTUWXY.", CompanyRules.CreditCode(code));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void CreditCodeIsRequired(string? code)
    {
        Assert.Equal("Credit code is required.", CompanyRules.CreditCode(code));
    }

    [Fact]
    public void CompanyNameIsRequired()
    {
        Assert.Equal("Company name is required.", CompanyRules.Name(" "));
        Assert.Null(CompanyRules.Name("福州示例科技有限公司"));
    }
}
