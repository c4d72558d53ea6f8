using GraduateFair.Grains.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Accounts;

/// <summary>Password hashing with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2).</summary>
public sealed class Passwords
{
    private readonly PasswordHasher<UserAccount> _hasher;
    private readonly Lazy<string> _dummyHash;

    public Passwords(IOptions<AuthOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _hasher = new(Options.Create(new PasswordHasherOptions { IterationCount = options.Value.PasswordHashIterations }));
        _dummyHash = new(() => Hash("not a real password, only for timing"));
    }

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public bool Verify(string hash, string password) =>
        _hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;

    /// <summary>Spends the time a verification takes, so an unknown email is not told apart by timing.</summary>
    public void VerifyNothing(string password) => Verify(_dummyHash.Value, password);
}
