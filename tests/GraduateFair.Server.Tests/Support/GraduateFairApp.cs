using GraduateFair.Grains.Events;
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
using Quartz;

namespace GraduateFair.Server.Tests.Support;

/// <summary>
/// The whole server in process, on in-memory storage and a manual clock (Quartz's too). Settings
/// override configuration (e.g. <c>["Auth:AttemptsPerMinute"] = "3"</c>). <see cref="OnStorage"/>
/// keeps the store that configuration selects instead (Azure Blob storage on Azurite). Reminders
/// to graduates and fair status changes are recorded on their way to the real publishers.
/// </summary>
public sealed class GraduateFairApp : WebApplicationFactory<Program>
{
    public const string OrganiserEmail = "organiser@test.example";
    public const string OrganiserPassword = "organiser-password";

    private readonly Dictionary<string, string?> _settings;
    private readonly bool _configuredStore;
    private readonly bool _realTime;
    private ServiceProvider? _storeServices;

    public GraduateFairApp()
        : this(null)
    {
    }

    /// <param name="store">Storage shared with an earlier app, to restart over its data.</param>
    /// <param name="clock">The manual clock, shared with an earlier app; a new one at the current time when null.</param>
    /// <param name="realTime">Run on the system clock instead (for the one test of Quartz in real time).</param>
    internal GraduateFairApp(Dictionary<string, string?>? settings, IBlobStore? store = null, ManualTimeProvider? clock = null, bool realTime = false)
        : this(settings, store, clock, realTime, configuredStore: false)
    {
    }

    private GraduateFairApp(Dictionary<string, string?>? settings, IBlobStore? store, ManualTimeProvider? clock, bool realTime, bool configuredStore)
    {
        _configuredStore = configuredStore;
        _realTime = realTime;
        Store = store ?? new InMemoryBlobStore();
        Clock = clock ?? new ManualTimeProvider(DateTimeOffset.UtcNow);
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

    public ManualTimeProvider Clock { get; }

    public RecordingNotifier Notifier { get; } = new();

    public FairStatusLog FairStatuses { get; } = new();

    /// <summary>Listens to every Quartz job from the start (catching-up runs at start-up included).</summary>
    public SchedulerProbe Probe { get; } = new();

    /// <summary>The store the server uses (unless it is configured: then see <see cref="ServerStore"/>).</summary>
    public IBlobStore Store { get; }

    /// <summary>Replaces or adds services after the server's own (e.g. a recording event sink).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>
    /// The server on the store that <paramref name="settings"/> configure (e.g. <c>Storage:Provider</c> =
    /// <c>AzureBlob</c>), built as the product builds it. That store keeps to real time (its retries
    /// and request dates) while the grains follow the manual <see cref="Clock"/>.
    /// </summary>
    internal static GraduateFairApp OnStorage(Dictionary<string, string?> settings) => new(settings, store: null, clock: null, realTime: false, configuredStore: true);

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

            if (!_realTime)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }

            Decorate<IGraduateNotifier>(services, inner => Notifier.Forwarding(inner));
            Decorate<IFairEvents>(services, inner => FairStatuses.Forwarding(inner));
            services.AddQuartz(quartz => quartz.AddJobListener(Probe, [Matchers.AllJobs()]));
            TestServices?.Invoke(services);
        });
    }

    /// <summary>Puts a recorder in front of the service the server registered, which still gets every call.</summary>
    private static void Decorate<TService>(IServiceCollection services, Func<TService, TService> decorate)
        where TService : class
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(TService)) ?? throw new InvalidOperationException($"The server registers no {typeof(TService).Name}.");
        services.RemoveAll<TService>();
        services.AddSingleton(provider => decorate((TService)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? ActivatorUtilities.GetServiceOrCreateInstance(provider, registered.ImplementationType!))));
    }

    /// <summary>The store as <c>AddBlobStore</c> makes it from configuration, in a container of its own that has no manual clock.</summary>
    private IBlobStore ConfiguredStore(IConfiguration configuration, ILoggerFactory loggers)
    {
        _storeServices = new ServiceCollection().AddSingleton(loggers).AddLogging().AddBlobStore(configuration).BuildServiceProvider();
        return _storeServices.GetRequiredService<IBlobStore>();
    }
}
