using GraduateFair.Domain.Validation;

namespace GraduateFair.Domain.Tests.Validation;

public sealed class AccountRulesTests
{
    private const string InvalidEmail = "Email must be a valid email address, like name@example.com.";

    [Theory]
    [InlineData("ann@example.com")]
    [InlineData("ann.lee+fair@mail.example.cn")]
    [InlineData("a_b-c'd@x-y.org")]
    [InlineData("12345@qq.com")]
    [InlineData("李雷@例子.中国")]
    public void EmailAcceptsSaneAddresses(string email)
    {
        Assert.Null(AccountRules.Email(email));
    }

    [Theory]
    [InlineData("ann")]
    [InlineData("ann@")]
    [InlineData("@example.com")]
    [InlineData("ann@example")]
    [InlineData("ann@@example.com")]
    [InlineData("ann@b@example.com")]
    [InlineData("ann lee@example.com")]
    [InlineData(" ann@example.com")]
    [InlineData("ann@example.com ")]
    [InlineData(".ann@example.com")]
    [InlineData("ann.@example.com")]
    [InlineData("an..n@example.com")]
    [InlineData("ann@.example.com")]
    [InlineData("ann@example..com")]
    [InlineData("ann@example.com.")]
    [InlineData("ann@-example.com")]
    [InlineData("ann@example-.com")]
    [InlineData("ann@exa_mple.com")]
    [InlineData("ann@127.0.0.1")]
    [InlineData("\"ann\"@example.com")]
    [InlineData("ann@[127.0.0.1]")]
    public void EmailRejectsMalformedAddresses(string email)
    {
        Assert.Equal(InvalidEmail, AccountRules.Email(email));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void EmailIsRequired(string? email)
    {
        Assert.Equal("Email is required.", AccountRules.Email(email));
    }

    [Fact]
    public void EmailOf254CharactersIsAccepted()
    {
        var email = Address(254);

        Assert.Equal(254, email.Length);
        Assert.Null(AccountRules.Email(email));
    }

    [Fact]
    public void EmailOf255CharactersIsRejected()
    {
        Assert.Equal("Email must be at most 254 characters.", AccountRules.Email(Address(255)));
    }

    [Fact]
    public void EmailWithALocalPartLongerThan64CharactersIsRejected()
    {
        Assert.Null(AccountRules.Email(new string('a', 64) + "@example.com"));
        Assert.Equal(InvalidEmail, AccountRules.Email(new string('a', 65) + "@example.com"));
    }

    [Fact]
    public void EmailWithADomainLabelLongerThan63CharactersIsRejected()
    {
        Assert.Null(AccountRules.Email("ann@" + new string('b', 63) + ".com"));
        Assert.Equal(InvalidEmail, AccountRules.Email("ann@" + new string('b', 64) + ".com"));
    }

    [Fact]
    public void NormalizeEmailTrimsAndLowerCases()
    {
        Assert.Equal("ann.lee@example.com", AccountRules.NormalizeEmail("  Ann.Lee@Example.COM "));
    }

    [Theory]
    [InlineData("12345678")]
    [InlineData("correct horse battery staple")]
    public void PasswordOfAtLeastEightCharactersIsAccepted(string password)
    {
        Assert.Null(AccountRules.Password(password));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1234567")]
    public void PasswordShorterThanEightCharactersIsRejected(string? password)
    {
        Assert.Equal("Password must be at least 8 characters.", AccountRules.Password(password));
    }

    [Theory]
    [InlineData("A")]
    [InlineData("  Ann Lee  ")]
    [InlineData("王小明")]
    public void DisplayNameOfOneToOneHundredCharactersIsAccepted(string name)
    {
        Assert.Null(AccountRules.DisplayName(name));
    }

    [Fact]
    public void DisplayNameIsMeasuredAfterTrimming()
    {
        Assert.Null(AccountRules.DisplayName("  " + new string('x', 100) + "  "));
        Assert.Equal("Display name must be at most 100 characters.", AccountRules.DisplayName(new string('x', 101)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankDisplayNameIsRejected(string? name)
    {
        Assert.Equal("Display name is required.", AccountRules.DisplayName(name));
    }

    [Fact]
    public void DisplayNameWithALineBreakIsRejected()
    {
        Assert.Equal("Display name must be a single line without control characters.", AccountRules.DisplayName("Ann\nLee"));
    }

    private static string Address(int length)
    {
        // 64 + 1 + a domain of 63-character labels and a short last one, to the exact length.
        var local = new string('a', 64);
        var domainLength = length - local.Length - 1;
        var labels = new List<string>();
        while (domainLength > 64)
        {
            labels.Add(new string('b', 63));
            domainLength -= 64;
        }

        labels.Add(new string('c', domainLength));
        return local + "@" + string.Join('.', labels);
    }
}
