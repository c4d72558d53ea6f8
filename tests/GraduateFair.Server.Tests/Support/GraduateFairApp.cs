using GraduateFair.Runtime.Testing;
using GraduateFair.Storage;
using GraduateFair.Storage.InMemory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraduateFair.Server.Tests.Support;

/// <summary>
/// The whole server in process, on in-memory storage and a manual clock. Settings override
/// configuration (e.g. <c>["Auth:AttemptsPerMinute"] = "3"</c>).
/// </summary>
public sealed class GraduateFairApp : WebApplicationFactory<Program>
{
    public const string OrganiserEmail = "organiser@test.example";
    public const string OrganiserPassword = "organiser-password";

    private readonly Dictionary<string, string?> _settings;

    public GraduateFairApp()
        : this(null)
    {
    }

    internal GraduateFairApp(Dictionary<string, string?>? settings, IBlobStore? store = null)
    {
        Store = store ?? new InMemoryBlobStore();
        _settings = new Dictionary<string, string?>
        {
            ["Organiser:Email"] = OrganiserEmail,
            ["Organiser:Password"] = OrganiserPassword,
            ["Auth:AttemptsPerMinute"] = "100000",
            ["Auth:PasswordHashIterations"] = "1000",
        };
        foreach (var (key, value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public ManualTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public IBlobStore Store { get; }

    /// <summary>Replaces or adds services after the server's own (e.g. a recording event sink).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBlobStore>();
            services.AddSingleton(Store);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            TestServices?.Invoke(services);
        });
    }
}
