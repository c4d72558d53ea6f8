using System.Text.Json;
using GraduateFair.Domain.Enumerations;
using GraduateFair.Grains;
using GraduateFair.Grains.Queues;
using GraduateFair.Runtime;
using GraduateFair.Server.Accounts;
using GraduateFair.Server.Benchmarks;
using GraduateFair.Server.Booths;
using GraduateFair.Server.Cases;
using GraduateFair.Server.Companies;
using GraduateFair.Server.Fairs;
using GraduateFair.Server.FollowUps;
using GraduateFair.Server.Graduates;
using GraduateFair.Server.Hubs;
using GraduateFair.Server.Interviews;
using GraduateFair.Server.LiveSessions;
using GraduateFair.Server.Notifications;
using GraduateFair.Server.Recommendations;
using GraduateFair.Server.Reports;
using GraduateFair.Server.Queues;
using GraduateFair.Server.Resumes;
using GraduateFair.Server.Uploads;
using GraduateFair.Server.Scheduling;
using GraduateFair.Server.Infrastructure;
using GraduateFair.Server.Web;
using GraduateFair.Storage;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace GraduateFair.Server;

/// <summary>Wires the product together: storage, grains, auth, the APIs, the hub and the web app.</summary>
public static class ServerSetup
{
    public static WebApplicationBuilder AddGraduateFair(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddBlobStore(configuration);
        services.AddGrainHost(options =>
            {
                configuration.GetSection(GrainHostOptions.SectionName).Bind(options);
                options.UseGraduateFairSerialization();
            })
            .AddGraduateFairGrains();
        services.AddFairHub(configuration);
        services.AddLiveSessions(configuration);
        services.AddGraduateFairGrainServices();
        services.Configure<QueueOptions>(configuration.GetSection(QueueOptions.SectionName));
        services.Configure<RtcOptions>(configuration.GetSection(RtcOptions.SectionName));
        services.AddHostedService<EngineStartup>();
        services.AddSingleton<StoredFiles>();
        services.AddGraduateFairScheduling(configuration);

        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.AddKebabCaseEnums());
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Title ??= Titles.For(context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode);
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi();
        services.AddHealthChecks();

        services.Configure<OrganiserOptions>(configuration.GetSection(OrganiserOptions.SectionName));
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.SectionName));
        var auth = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        AddAuthentication(services, auth);
        services.AddGraduateFairRateLimits(auth);
        services.AddSingleton<Passwords>();
        services.AddSingleton<QueueSetups>();
        services.AddSingleton<SessionIssuer>();
        services.AddHostedService<OrganiserAccount>();

        services.AddDataProtection().SetApplicationName("GraduateFair");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IBlobStore>((options, store) => options.XmlRepository = new BlobXmlRepository(store));

        services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = BodyLimits.Json);
        return builder;
    }

    public static WebApplication UseGraduateFair(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseBodyLimits();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapAccountsApi();
        app.MapSessionApi();
        app.MapGraduatesApi();
        app.MapCompaniesApi();
        app.MapCompanyLogoApi();
        app.MapFairsApi();
        app.MapBoothsApi();
        app.MapQueuesApi();
        app.MapInterviewsApi();
        app.MapLiveSessions();
        app.MapResumesApi();
        app.MapCasesApi();
        app.MapFollowUpsApi();
        app.MapNotificationsApi();
        app.MapRecommendationsApi();
        app.MapReportsApi();
        app.MapRtcApi();
        app.MapFairHub();
        app.MapBenchmarkApi(app.Configuration);
        app.UseGraduateFairWebApp();
        return app;
    }

    private static void AddAuthentication(IServiceCollection services, AuthOptions auth)
    {
        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "Cookie or bearer token", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query.ContainsKey("access_token"))
                    ? AuthSchemes.Bearer
                    : AuthSchemes.Cookie)
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = "graduatefair";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = auth.SessionLifetime;
                options.SlidingExpiration = true;
                options.Events = new CookieAuthenticationEvents
                {
                    OnRedirectToLogin = context => WriteStatus(context.Response, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = context => WriteStatus(context.Response, StatusCodes.Status403Forbidden),
                };
            })
            .AddBearerToken(AuthSchemes.Bearer, options =>
            {
                options.BearerTokenExpiration = auth.SessionLifetime;
                options.Events.OnMessageReceived = context =>
                {
                    if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                };
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Graduate, policy => policy.RequireRole(Roles.Graduate))
            .AddPolicy(Roles.Employer, policy => policy.RequireRole(Roles.Employer))
            .AddPolicy(Roles.Organiser, policy => policy.RequireRole(Roles.Organiser));
    }

    private static Task WriteStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
