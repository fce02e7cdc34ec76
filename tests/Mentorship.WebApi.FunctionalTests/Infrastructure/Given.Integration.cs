using Mentorship.Application.Integration;
using Mentorship.Application.Integration.Commands.CreateApiKey;

namespace Mentorship.WebApi.FunctionalTests.Infrastructure;

/// <summary>A school system's API key, issued by an administrator.</summary>
public sealed partial class Given
{
    public Task<CreatedApiKeyDto> ApiKey(params Guid[] organizationIds) =>
        CreatedAsync<CreatedApiKeyDto>($"{Api}/api-keys", new { name = "Дневник.ру, школа № 1", clientId = "dnevnik", organizationIds });
}
