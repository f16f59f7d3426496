/*
 * driver.c - runs a libFuzzer entry point without libFuzzer: each file
 * argument once, then random mutations of them (or of nothing) until the
 * time budget (-max_total_time=N seconds, default 10) runs out.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned char *driver_read(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  unsigned char *buf;
  long n;
  if (f == NULL)
    return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = malloc((size_t)n + 1);
  if (buf != NULL && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  *len = (size_t)n;
  return buf;
}

int main(int argc, char **argv) {
  unsigned char *seeds[64];
  size_t lens[64], nseeds = 0, runs = 0;
  long budget = 10;
  time_t end;
  int i;
  srand((unsigned)time(NULL));
  for (i = 1; i < argc; i++) {
    if (strncmp(argv[i], "-max_total_time=", 16) == 0) {
      budget = atol(argv[i] + 16);
    } else if (argv[i][0] != '-' && nseeds < 64) {
      seeds[nseeds] = driver_read(argv[i], &lens[nseeds]);
      if (seeds[nseeds] != NULL) {
        LLVMFuzzerTestOneInput(seeds[nseeds], lens[nseeds]);
        nseeds++;
      }
    }
  }
  end = time(NULL) + budget;
  while (time(NULL) < end) {
    unsigned char buf[4096];
    size_t len, j, k;
    if (nseeds > 0) {
      size_t s = (size_t)rand() % nseeds;
      len = lens[s] < sizeof(buf) ? lens[s] : sizeof(buf);
      memcpy(buf, seeds[s], len);
    } else {
      len = (size_t)rand() % 256;
      for (j = 0; j < len; j++)
        buf[j] = (unsigned char)rand();
    }
    for (k = 0, j = (size_t)rand() % 8 + 1; k < j && len > 0; k++) {
      size_t at = (size_t)rand() % len;
      switch (rand() % 4) {
      case 0:
        buf[at] = (unsigned char)rand();
        break;
      case 1:
        buf[at] = "\r\n:; 0aZ"[rand() % 8];
        break;
      case 2:
        if (len > 1) {
          memmove(buf + at, buf + at + 1, len - at - 1);
          len--;
        }
        break;
      default:
        if (len < sizeof(buf)) {
          memmove(buf + at + 1, buf + at, len - at);
          buf[at] = (unsigned char)rand();
          len++;
        }
      }
    }
    LLVMFuzzerTestOneInput(buf, len);
    runs++;
  }
  printf("fuzz driver: %zu runs in %ld s, no crash\n", runs, budget);
  return 0;
}
