using GraduateFair.Domain.Accounts;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Domain.Validation;
using GraduateFair.Grains.Accounts;
using GraduateFair.Runtime;
using GraduateFair.Grains;
using GraduateFair.Server.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraduateFair.Server.Accounts;

public static class AccountsApi
{
    public const string AuthRateLimit = "auth";

    private static readonly string[] SelfRegisteredRoles = [Roles.Graduate, Roles.Employer];

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder routes)
    {
        var auth = routes.MapGroup("/api/auth").WithTags("Accounts").RequireRateLimiting(AuthRateLimit);
        auth.MapPost("/register", RegisterAsync).AllowAnonymous();
        auth.MapPost("/login", LoginAsync).AllowAnonymous();
        routes.MapPost("/api/auth/logout", (Delegate)LogoutAsync).WithTags("Accounts").AllowAnonymous();
        routes.MapGet("/api/me", GetMeAsync).WithTags("Accounts").RequireAuthorization();
        return routes;
    }

    private static async Task<Results<Created<RegisterResponse>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        RegisterRequest body, IGrainFactory grains, Passwords passwords)
    {
        var errors = new ValidationErrors()
            .Add("email", AccountRules.Email(body.Email?.Trim()))
            .Add("password", AccountRules.Password(body.Password))
            .Add("displayName", AccountRules.DisplayName(body.DisplayName));
        if (!KebabCase.TryParse<UserRole>(body.Role, out var role) || role == UserRole.Organiser)
        {
            errors.Add("role", $"Unknown role '{body.Role}'; allowed: {string.Join(", ", SelfRegisteredRoles)}");
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var email = AccountRules.NormalizeEmail(body.Email!);
        var emailGrain = grains.GetGrain<IEmailGrain>(email);
        if (await emailGrain.GetOwnerAsync() is not null)
        {
            return EmailTaken();
        }

        var userId = Ids.New("u");
        var user = new NewUser(email, passwords.Hash(body.Password!), body.DisplayName!.Trim(), role);
        await grains.GetGrain<IUserGrain>(userId).CreateAsync(user);
        if (await emailGrain.ClaimAsync(userId) != userId)
        {
            return EmailTaken();
        }

        return TypedResults.Created("/api/me", new RegisterResponse(userId));
    }

    private static async Task<Results<Ok<LoginResponse>, ValidationProblem, ProblemHttpResult>> LoginAsync(
        LoginRequest body, HttpContext context, IGrainFactory grains, Passwords passwords, SessionIssuer sessions)
    {
        var errors = new ValidationErrors()
            .Add("email", string.IsNullOrWhiteSpace(body.Email) ? "Email is required." : null)
            .Add("password", string.IsNullOrEmpty(body.Password) ? "Password is required." : null);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var userId = await grains.GetGrain<IEmailGrain>(AccountRules.NormalizeEmail(body.Email!)).GetOwnerAsync();
        var user = userId is null ? null : grains.GetGrain<IUserGrain>(userId);
        var check = user is null ? null : await user.BeginSignInAsync();
        if (check is null)
        {
            passwords.VerifyNothing(body.Password!);
            return BadCredentials();
        }

        if (check.LockedUntil is { } lockedUntil)
        {
            return Locked(lockedUntil);
        }

        var succeeded = passwords.Verify(check.PasswordHash, body.Password!);
        var after = await user!.RecordSignInAsync(succeeded);
        if (!succeeded)
        {
            return after.LockedUntil is { } until ? Locked(until) : BadCredentials();
        }

        return TypedResults.Ok(await sessions.SignInAsync(context, after.Account));
    }

    private static async Task<NoContent> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(AuthSchemes.Cookie);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<MeResponse>, ProblemHttpResult>> GetMeAsync(HttpContext context, IGrainFactory grains)
    {
        var account = await grains.GetGrain<IUserGrain>(context.User.UserId()).GetAsync();
        return account is null
            ? Problems.Unauthorized("The account behind this session no longer exists.")
            : TypedResults.Ok(new MeResponse(account.UserId, KebabCase.Format(account.Role), account.DisplayName, account.Email));
    }

    private static ProblemHttpResult EmailTaken() =>
        Problems.Conflict("Email already registered", "An account with this email address exists already. Sign in instead.");

    private static ProblemHttpResult BadCredentials() =>
        Problems.Unauthorized("The email or the password is wrong.");

    private static ProblemHttpResult Locked(DateTimeOffset until) =>
        Problems.Unauthorized($"Too many failed sign-ins: this account is locked until {until:HH:mm} UTC. Try again later.");
}
