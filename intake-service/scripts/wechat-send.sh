#!/usr/bin/env bash
# Sends one text message to intake's WeChat push endpoint the way WeChat does, signed (and with
# --safe encrypted, AES-256-CBC) with openssl, and prints the passive reply (decrypted in safe mode).
#   scripts/wechat-send.sh [--safe] "路灯坏了" [openid]      then:   scripts/wechat-send.sh "提交"
# Defaults: the demo account of the `demo` profile on http://127.0.0.1:8081. Needs curl, openssl, sha1sum, od.
set -euo pipefail
URL="${SUQIU_INTAKE_URL:-http://127.0.0.1:8081}/wechat/${WECHAT_ACCOUNT:-demo}"
TOKEN="${WECHAT_TOKEN:-suqiu-demo-token}"
AES_KEY="${WECHAT_AES_KEY:-KNiX9xrTMXqoHma6bM1SM9Sr3vpsjK9HgEflOrH7aSE}"
APPID="${WECHAT_APPID:-wxd3m0a5uq1u0001}"
SAFE=0
if [ "${1:-}" = "--safe" ]; then SAFE=1; shift; fi
TEXT="${1:?usage: wechat-send.sh [--safe] TEXT [OPENID]}"
OPENID="${2:-oDemoCitizen000000000000001}"
TS=$(date +%s)
NONCE="$RANDOM$RANDOM"
MSGID="$(date +%s%N)"
XML="<xml><ToUserName><![CDATA[gh_suqiu_demo]]></ToUserName><FromUserName><![CDATA[$OPENID]]></FromUserName><CreateTime>$TS</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[$TEXT]]></Content><MsgId>$MSGID</MsgId></xml>"

sha1() { printf '%s\n' "$@" | LC_ALL=C sort | tr -d '\n' | sha1sum | cut -d' ' -f1; }
hex() { od -An -tx1 -v | tr -d ' \n'; }
byte() { printf "\\$(printf '%03o' "$1")"; }

SIGNATURE=$(sha1 "$TOKEN" "$TS" "$NONCE")
QUERY="signature=$SIGNATURE&timestamp=$TS&nonce=$NONCE&openid=$OPENID"
if [ "$SAFE" = 0 ]; then
  curl -sS -H 'Content-Type: text/xml' --data-binary "$XML" "$URL?$QUERY"
  echo
  exit 0
fi

KEY_HEX=$(printf '%s=' "$AES_KEY" | base64 -d | hex)
IV_HEX=${KEY_HEX:0:32}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
head -c 16 /dev/urandom > "$WORK/plain"
LEN=$(printf '%s' "$XML" | wc -c)
{ byte $((LEN >> 24 & 255)); byte $((LEN >> 16 & 255)); byte $((LEN >> 8 & 255)); byte $((LEN & 255)); } >> "$WORK/plain"
printf '%s%s' "$XML" "$APPID" >> "$WORK/plain"
PAD=$((32 - $(wc -c < "$WORK/plain") % 32))
for _ in $(seq "$PAD"); do byte "$PAD"; done >> "$WORK/plain"
ENCRYPT=$(openssl enc -aes-256-cbc -nopad -K "$KEY_HEX" -iv "$IV_HEX" -in "$WORK/plain" | base64 -w0)
MSG_SIGNATURE=$(sha1 "$TOKEN" "$TS" "$NONCE" "$ENCRYPT")
BODY="<xml><ToUserName><![CDATA[gh_suqiu_demo]]></ToUserName><Encrypt><![CDATA[$ENCRYPT]]></Encrypt></xml>"
REPLY=$(curl -sS -H 'Content-Type: text/xml' --data-binary "$BODY" "$URL?$QUERY&encrypt_type=aes&msg_signature=$MSG_SIGNATURE")
SEALED=$(printf '%s' "$REPLY" | sed -n 's/.*<Encrypt><!\[CDATA\[\([^]]*\)\]\]><\/Encrypt>.*/\1/p')
if [ -z "$SEALED" ]; then echo "$REPLY"; exit 0; fi
printf '%s' "$SEALED" | base64 -d | openssl enc -d -aes-256-cbc -nopad -K "$KEY_HEX" -iv "$IV_HEX" > "$WORK/reply"
RLEN=$((16#$(dd if="$WORK/reply" bs=1 skip=16 count=4 2>/dev/null | hex)))
dd if="$WORK/reply" bs=1 skip=20 count="$RLEN" 2>/dev/null
echo
