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
