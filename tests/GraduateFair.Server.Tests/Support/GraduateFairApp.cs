using GraduateFair.Runtime.Testing;
using GraduateFair.Storage;
using GraduateFair.Storage.InMemory;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GraduateFair.Server.Tests.Support;

/// <summary>
/// The whole server in process, on in-memory storage and a manual clock. Settings override
/// configuration (e.g. <c>["Auth:AttemptsPerMinute"] = "3"</c>). <see cref="OnStorage"/> keeps
/// the store that configuration selects instead (Azure Blob storage on Azurite).
/// </summary>
public sealed class GraduateFairApp : WebApplicationFactory<Program>
{
    public const string OrganiserEmail = "organiser@test.example";
    public const string OrganiserPassword = "organiser-password";

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _configuredStore;
    private ServiceProvider? _storeServices;

    public GraduateFairApp()
        : this(null)
    {
    }

    internal GraduateFairApp(Dictionary<string, string?>? settings, IBlobStore? store = null)
        : this(settings, store, configuredStore: false)
    {
    }

    private GraduateFairApp(Dictionary<string, string?>? settings, IBlobStore? store, bool configuredStore)
    {
        _configuredStore = configuredStore;
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

    /// <summary>The store the server uses (unless it is configured: then see <see cref="Services"/>).</summary>
    public IBlobStore Store { get; }

    /// <summary>
    /// The server on the store that <paramref name="settings"/> configure (e.g. <c>Storage:Provider</c> =
    /// <c>AzureBlob</c>), built as the product builds it. That store keeps to real time (its retries
    /// and request dates) while the grains follow the manual <see cref="Clock"/>.
    /// </summary>
    internal static GraduateFairApp OnStorage(Dictionary<string, string?> settings) => new(settings, store: null, configuredStore: true);

    /// <summary>The store the server runs on, whichever it is.</summary>
    public IBlobStore ServerStore => _configuredStore ? Services.GetRequiredService<IBlobStore>() : Store;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_storeServices is not null)
        {
            await _storeServices.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IBlobStore>();
            if (_configuredStore)
            {
                services.AddSingleton(provider => ConfiguredStore(provider.GetRequiredService<IConfiguration>(), provider.GetRequiredService<ILoggerFactory>()));
            }
            else
            {
                services.AddSingleton(Store);
            }

            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>The store as <c>AddBlobStore</c> makes it from configuration, in a container of its own that has no manual clock.</summary>
    private IBlobStore ConfiguredStore(IConfiguration configuration, ILoggerFactory loggers)
    {
        _storeServices = new ServiceCollection().AddSingleton(loggers).AddLogging().AddBlobStore(configuration).BuildServiceProvider();
        return _storeServices.GetRequiredService<IBlobStore>();
    }
}
