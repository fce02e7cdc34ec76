using AutoMapper;
using MediatR;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Application.Integration.Queries.GetApiKeys;
using Mentorship.Domain.Integration;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration.Commands.RevokeApiKey;

[Authorize(Roles = Roles.Administrator)]
public sealed record RevokeApiKeyCommand(Guid Id) : IRequest<ApiKeyDto>;

internal sealed class RevokeApiKeyHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<RevokeApiKeyCommand, ApiKeyDto>
{
    public async Task<ApiKeyDto> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        var apiKey = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException(nameof(ApiKey), request.Id);
        apiKey.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ApiKeyDto>(apiKey);
    }
}
