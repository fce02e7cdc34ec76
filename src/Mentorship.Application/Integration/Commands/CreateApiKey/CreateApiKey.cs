using AutoMapper;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Localization;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Integration.Queries.GetApiKeys;
using Mentorship.Domain.Common;
using Mentorship.Domain.Integration;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration.Commands.CreateApiKey;

/// <summary>A new API key (ключ API) for a school information system, scoped to organisations.</summary>
/// <param name="Name">A name to recognise the key by, such as the school system's name; up to 200 characters.</param>
/// <param name="ClientId">
/// The integrating client's id: letters, digits, ".", "_" and "-", up to 100 characters. External ids of people are
/// kept per client id.
/// </param>
/// <param name="OrganizationIds">The organisations the key may write for, 1 to 1000.</param>
[Authorize(Roles = Roles.Administrator)]
public sealed record CreateApiKeyCommand(string? Name, string? ClientId, IReadOnlyList<Guid>? OrganizationIds) : IRequest<CreatedApiKeyDto>;

internal sealed class CreateApiKeyHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<CreateApiKeyCommand, CreatedApiKeyDto>
{
    public async Task<CreatedApiKeyDto> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        var wanted = request.OrganizationIds!.Distinct().ToList();
        var known = await db.Organizations.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        var missing = string.Join(", ", wanted.Except(known));
        if (missing.Length > 0)
        {
            throw new ValidationException("organizationIds", ErrorCodes.Common.NotFound, Catalogue.Entity(nameof(Organization)), missing);
        }

        var (key, prefix, hash) = ApiKeySecrets.Generate();
        var apiKey = new ApiKey(request.Name!, request.ClientId!, prefix, hash, wanted);
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKeyDto(mapper.Map<ApiKeyDto>(apiKey), key);
    }
}
