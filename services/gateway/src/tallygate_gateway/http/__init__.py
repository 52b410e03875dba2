"""The gateway's own HTTP/1.1: the server protocol clients talk to (`server`), the pooled client
it calls upstreams with (`client`), and the header checks both make (`headers`)."""
