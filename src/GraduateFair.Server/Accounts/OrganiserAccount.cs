using GraduateFair.Domain.Accounts;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains.Accounts;
using GraduateFair.Runtime;
using GraduateFair.Grains;
using GraduateFair.Server.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server.Accounts;

/// <summary>Ensures the organiser account from configuration exists, with the configured password, at start-up.</summary>
public sealed partial class OrganiserAccount(IGrainFactory grains, Passwords passwords, IOptions<OrganiserOptions> options, ILogger<OrganiserAccount> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value;
        if (string.IsNullOrWhiteSpace(configured.Email) || string.IsNullOrEmpty(configured.Password))
        {
            LogNoOrganiser(logger);
            return;
        }

        if (AccountRules.Email(configured.Email.Trim()) is { } emailError || AccountRules.Password(configured.Password) is { } passwordError)
        {
            throw new InvalidOperationException($"Organiser:Email and Organiser:Password must be a valid email and a password of at least {AccountRules.PasswordMinLength} characters.");
        }

        var email = AccountRules.NormalizeEmail(configured.Email);
        var emailGrain = grains.GetGrain<IEmailGrain>(email);
        var userId = await emailGrain.GetOwnerAsync();
        if (userId is null)
        {
            userId = Ids.New("u");
            await grains.GetGrain<IUserGrain>(userId).CreateAsync(new NewUser(email, passwords.Hash(configured.Password), configured.DisplayName, UserRole.Organiser));
            userId = await emailGrain.ClaimAsync(userId);
        }

        var user = grains.GetGrain<IUserGrain>(userId);
        var check = await user.BeginSignInAsync() ?? throw new InvalidOperationException($"The organiser email {email} points at a missing account.");
        if (check.Account.Role != UserRole.Organiser)
        {
            throw new InvalidOperationException($"Organiser:Email {email} belongs to a {check.Account.Role} account; choose another address for the organiser.");
        }

        if (!passwords.Verify(check.PasswordHash, configured.Password))
        {
            await user.SetPasswordHashAsync(passwords.Hash(configured.Password));
        }

        LogOrganiserReady(logger, userId);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No organiser account: set Organiser:Email and Organiser:Password to create one")]
    private static partial void LogNoOrganiser(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Organiser account {UserId} is ready")]
    private static partial void LogOrganiserReady(ILogger logger, string userId);
}
