using GraduateFair.Server;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraduateFair();

var app = builder.Build();
app.UseGraduateFair();
app.Run();

/// <summary>The server's entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
